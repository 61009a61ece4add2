package org.spinecds.patient;

import org.spinecds.record.PrefetchKey;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fetcher itself, below the hook: real HAPI queries over HTTP to WireMock, on the
 * pool and HTTP client the application uses. PrefetchKey has only three keys, so the four
 * queries here are four Condition searches.
 */
class ParallelFetchesTest {

	@RegisterExtension
	static final WireMockExtension EHR = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	private static final String SEARCHSET = """
			{"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": {"resourceType": "Condition",
			"id": "c1", "subject": {"reference": "Patient/p"}}, "search": {"mode": "match"}}]}""";

	private final EhrClients clients = new EhrClients();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final FhirFetchMetrics metrics = new FhirFetchMetrics(registry);

	private final ParallelFetches parallelFetches = new ParallelFetches(EhrClients.PROPERTIES.maxConcurrentQueries());

	@AfterEach
	void close() throws Exception {
		EHR.verify(0, getRequestedFor(urlPathMatching(".*/metadata")));
		parallelFetches.close();
		clients.close();
	}

	@Test
	void fourQueriesDelayed300MsEachRunSideBySide() {
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).willReturn(fhir(SEARCHSET).withFixedDelay(300)));
		InFlightRequests inFlight = new InFlightRequests();
		Map<String, FhirQuery> queries = new LinkedHashMap<>();
		for (String patient : List.of("p1", "p2", "p3", "p4")) {
			queries.put(patient, conditionSearch(patient, inFlight));
		}
		parallelFetches.runAll(Map.of("warm-up", conditionSearch("p0", inFlight)), deadlineIn(Duration.ofSeconds(5)),
				() -> {
				});

		long started = System.nanoTime();
		Map<String, ParallelFetches.Outcome> outcomes = parallelFetches.runAll(queries,
				deadlineIn(Duration.ofSeconds(2)), inFlight::abortAll);
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

		System.out.println("MEASURED 4 queries each delayed 300 ms, fetched in parallel: " + millis + " ms");
		assertThat(outcomes.values()).hasSize(4).allSatisfy(outcome -> {
			assertThat(outcome.obtained()).isTrue();
			assertThat(outcome.resources()).hasSize(1);
		});
		assertThat(millis).isLessThan(900);
		for (String patient : queries.keySet()) {
			EHR.verify(1,
					getRequestedFor(urlPathEqualTo("/fhir/Condition")).withQueryParam("patient", equalTo(patient)));
		}
	}

	@Test
	void atTheDeadlineTheHangingRequestIsAbortedAndItsThreadFreed() throws Exception {
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).willReturn(fhir(SEARCHSET).withFixedDelay(20_000)));
		InFlightRequests inFlight = new InFlightRequests();
		CountDownLatch workerDone = new CountDownLatch(1);
		FhirQuery hanging = conditionSearch("p1", inFlight);
		Callable<List<Resource>> tracked = () -> {
			try {
				return hanging.call();
			}
			finally {
				workerDone.countDown();
			}
		};

		long started = System.nanoTime();
		Map<String, ParallelFetches.Outcome> outcomes = parallelFetches.runAll(Map.of("hanging", tracked),
				deadlineIn(Duration.ofMillis(300)), inFlight::abortAll);
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		boolean freed = workerDone.await(1, TimeUnit.SECONDS);
		long freedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

		System.out.println("MEASURED deadline 300 ms, server silent 20 s: runAll returned after " + millis
				+ " ms, worker thread free after " + freedMillis + " ms");
		assertThat(outcomes.get("hanging").notObtained().cause()).isEqualTo(NotObtained.Cause.DEADLINE);
		assertThat(millis).isLessThan(300 + 100);
		// Well before the 10 s read timeout and the server's 20 s: the abort, not a
		// timeout, ended the read.
		assertThat(freed).isTrue();
	}

	@Test
	void queryThatFailsGivesItsReasonAndOthersStillArrive() {
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).withQueryParam("patient", equalTo("ok"))
			.willReturn(fhir(SEARCHSET)));
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).withQueryParam("patient", equalTo("broken"))
			.willReturn(aResponse().withStatus(503)));
		InFlightRequests inFlight = new InFlightRequests();

		Map<String, ParallelFetches.Outcome> outcomes = parallelFetches.runAll(
				Map.of("ok", conditionSearch("ok", inFlight), "broken", conditionSearch("broken", inFlight)),
				deadlineIn(Duration.ofSeconds(2)), inFlight::abortAll);

		assertThat(outcomes.get("ok").obtained()).isTrue();
		assertThat(outcomes.get("broken").notObtained()).isEqualTo(NotObtained.failed("HTTP 503"));
	}

	private static CallDeadline deadlineIn(Duration length) {
		return CallDeadline.after(System.nanoTime(), length);
	}

	private FhirQuery conditionSearch(String patient, InFlightRequests inFlight) {
		String base = "http://localhost:" + EHR.getPort() + "/fhir";
		return clients.query(base, inFlight, PrefetchKey.CONDITIONS, "Condition?patient=" + patient,
				FhirQuery.Limits.of(EhrClients.PROPERTIES), metrics);
	}

	static ResponseDefinitionBuilder fhir(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/fhir+json").withBody(body);
	}

}

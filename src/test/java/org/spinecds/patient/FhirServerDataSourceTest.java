package org.spinecds.patient;

import org.spinecds.record.PrefetchKey;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestContextJson;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spinecds.terminology.TestTerminology;

/**
 * The whole fetch of one hook call against WireMock: the deadline counts from the call's
 * arrival, and a next page still in flight when it passes is abandoned.
 */
class FhirServerDataSourceTest {

	@RegisterExtension
	static final WireMockExtension EHR = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	private static final Duration DEADLINE = Duration.ofMillis(1000);

	/** Only the deadline may end a wait: the read timeout is far beyond it. */
	private static final FhirClientProperties PROPERTIES = new FhirClientProperties(List.of("http://localhost:*"),
			DEADLINE, Duration.ofSeconds(1), Duration.ofSeconds(30), 200, 10, 1000, 8);

	private static final PrefetchTemplates TEMPLATES = new PrefetchTemplates(TestTerminology.builtInValueSets());

	private final EhrClients clients = new EhrClients();

	private final ParallelFetches parallelFetches = new ParallelFetches(PROPERTIES.maxConcurrentQueries());

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final FhirServerDataSource dataSource = new FhirServerDataSource(clients.factory(),
			new AllowedFhirServers(PROPERTIES.allowedServers()), parallelFetches, PROPERTIES, TEMPLATES,
			new FhirFetchMetrics(registry));

	@BeforeEach
	void everyKeyAnswersAtOnce() {
		EHR.stubFor(get(urlPathEqualTo("/fhir/Patient/p1"))
			.willReturn(fhir("{\"resourceType\": \"Patient\", \"id\": \"p1\"}")));
		EHR.stubFor(get(urlPathMatching("/fhir/[A-Za-z]+")).willReturn(fhir(searchset(null))));
	}

	@AfterEach
	void close() throws Exception {
		parallelFetches.close();
		clients.close();
	}

	@Test
	void slowNextPageIsAbandonedAtTheDeadlineCountedFromTheCallsArrival() throws Exception {
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).withQueryParam("page", absent())
			.atPriority(1)
			.willReturn(fhir(searchset("Condition?patient=p1&page=2"))));
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).withQueryParam("page", equalTo("2"))
			.atPriority(1)
			.willReturn(fhir(searchset(null)).withFixedDelay(20_000)));
		dataSource.fetch(request(), EnumSet.of(PrefetchKey.PROCEDURES), System.nanoTime()); // warm-up
		long spentBeforeTheFetch = TimeUnit.MILLISECONDS.toNanos(400);
		long arrived = System.nanoTime() - spentBeforeTheFetch;

		EhrFetchResult result = dataSource.fetch(request(), EnumSet.allOf(PrefetchKey.class), arrived);
		long sinceArrival = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - arrived);

		System.out.println("MEASURED next page silent 20 s, deadline 1000 ms, 400 ms spent before the fetch: fetch"
				+ " over " + sinceArrival + " ms after the call arrived");
		assertThat(result.notObtained()).containsOnlyKeys(PrefetchKey.CONDITIONS);
		assertThat(result.notObtained().get(PrefetchKey.CONDITIONS)).isEqualTo(NotObtained.deadline("1 s"));
		assertThat(result.fetched()).containsOnlyKeys(PrefetchKey.PATIENT, PrefetchKey.PROCEDURES,
				PrefetchKey.OBSERVATIONS, PrefetchKey.ALLERGIES, PrefetchKey.DEVICES, PrefetchKey.MEDICATIONS);
		// Not 1000 ms after the fetch began (1400 ms), and long before the 30 s read
		// timeout.
		assertThat(sinceArrival).isGreaterThanOrEqualTo(DEADLINE.toMillis()).isLessThan(DEADLINE.toMillis() + 250);
		EHR.verify(1, getRequestedFor(urlPathEqualTo("/fhir/Condition")).withQueryParam("page", equalTo("2")));
		assertThat(pageRequests("next", "deadline")).as("the abandoned next page").isEqualTo(1);
		assertThat(pageRequests("first", "ok")).isEqualTo(1);
	}

	@Test
	void callWhoseDeadlinePassedBeforeTheFetchSendsNothing() {
		long arrived = System.nanoTime() - DEADLINE.toNanos() - 1;

		EhrFetchResult result = dataSource.fetch(request(), EnumSet.allOf(PrefetchKey.class), arrived);

		assertThat(result.fetched()).isEmpty();
		assertThat(result.notObtained()).hasSize(PrefetchKey.values().length)
			.allSatisfy((key, why) -> assertThat(why.cause()).isEqualTo(NotObtained.Cause.DEADLINE));
		EHR.verify(0, anyRequestedFor(anyUrl()));
	}

	/**
	 * The abandoned page is counted by its worker once the abort reaches it, a moment
	 * after the fetch has returned.
	 */
	private double pageRequests(String page, String outcome) throws InterruptedException {
		long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
		double count;
		do {
			var counter = registry.find("cds.fhir.queries")
				.tag("key", "conditions")
				.tag("page", page)
				.tag("outcome", outcome)
				.counter();
			count = counter == null ? 0 : counter.count();
			Thread.sleep(count == 0 ? 20 : 0);
		}
		while (count == 0 && System.nanoTime() < giveUp);
		return count;
	}

	private CdsServiceRequestJson request() {
		CdsServiceRequestJson request = new CdsServiceRequestJson();
		CdsServiceRequestContextJson context = new CdsServiceRequestContextJson();
		context.put("patientId", "p1");
		request.setContext(context);
		request.setFhirServer("http://localhost:" + EHR.getPort() + "/fhir");
		return request;
	}

	private static String searchset(String next) {
		String link = next == null ? "" : "\"link\": [{\"relation\": \"next\", \"url\": \"" + next + "\"}], ";
		return "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", " + link + "\"entry\": []}";
	}

	private static ResponseDefinitionBuilder fhir(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/fhir+json").withBody(body);
	}

}

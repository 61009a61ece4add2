package org.spinecds.patient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spinecds.record.PrefetchKey;

/**
 * One client per server, shared by every call: each call's token still goes with its own
 * requests only, even when many calls query the same server at once.
 */
class SharedEhrClientsTest {

	@RegisterExtension
	static final WireMockExtension EHR = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	private final EhrClients helper = new EhrClients();

	private final SharedEhrClients clients = new SharedEhrClients(helper.factory());

	@AfterEach
	void close() throws Exception {
		helper.close();
	}

	@Test
	void oneClientPerServer() {
		URI base = URI.create(base());

		assertThat(clients.forServer(base)).isSameAs(clients.forServer(URI.create(base())));
		assertThat(clients.forServer(URI.create("http://localhost:1/other"))).isNotSameAs(clients.forServer(base));
	}

	@Test
	void concurrentCallsOnOneClientEachSendTheirOwnTokenAndNoOtherCallsOne() throws Exception {
		EHR.stubFor(get(urlPathMatching("/fhir/Patient/.*")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/fhir+json")
			.withBody("{\"resourceType\": \"Patient\", \"id\": \"p\"}")
			.withFixedDelay(20)));
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				Optional<String> token = i % 4 == 0 ? Optional.empty() : Optional.of("token-" + i);
				String patient = "p" + i;
				calls.add(threads.submit(() -> query(token, patient).call()));
			}
			for (Future<?> call : calls) {
				call.get();
			}
		}
		finally {
			threads.shutdown();
		}

		List<LoggedRequest> sent = EHR.findAll(getRequestedFor(urlPathMatching("/fhir/Patient/.*")));
		assertThat(sent).hasSize(40).allSatisfy(request -> {
			int call = Integer.parseInt(request.getUrl().substring(request.getUrl().lastIndexOf("/p") + 2));
			if (call % 4 == 0) {
				assertThat(request.containsHeader("Authorization")).as(request.getUrl()).isFalse();
			}
			else {
				assertThat(request.getHeader("Authorization")).isEqualTo("Bearer token-" + call);
			}
		});
	}

	@Test
	void aRequestSentAfterAQueryEndedOnTheSameThreadCarriesNoToken() throws Exception {
		EHR.stubFor(get(urlPathMatching("/fhir/Patient/.*")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/fhir+json")
			.withBody("{\"resourceType\": \"Patient\", \"id\": \"p\"}")));

		query(Optional.of("secret"), "p1").call();
		clients.forServer(URI.create(base())).read().resource("Patient").withId("p2").execute();

		EHR.verify(getRequestedFor(urlPathMatching("/fhir/Patient/p1")).withHeader("Authorization",
				equalTo("Bearer secret")));
		EHR.verify(getRequestedFor(urlPathMatching("/fhir/Patient/p2")).withHeader("Authorization", absent()));
	}

	private FhirQuery query(Optional<String> token, String patient) {
		return new FhirQuery(clients.forServer(URI.create(base())), new CallScope(token, new InFlightRequests()),
				URI.create(base()), PrefetchKey.PATIENT, "Patient/" + patient,
				FhirQuery.Limits.of(EhrClients.PROPERTIES), new FhirFetchMetrics(new SimpleMeterRegistry()));
	}

	private static String base() {
		return "http://localhost:" + EHR.getPort() + "/fhir";
	}

}

package org.spinecds.patient;

import org.spinecds.record.PrefetchKey;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One key's query against WireMock: reads, searches, page and resource limits. */
class FhirQueryTest {

	@RegisterExtension
	static final WireMockExtension EHR = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	private final EhrClients clients = new EhrClients();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@AfterEach
	void close() throws Exception {
		clients.close();
	}

	@Test
	void patientTemplateIsARead() throws Exception {
		EHR.stubFor(get(urlPathEqualTo("/fhir/Patient/p1"))
			.willReturn(fhir("{\"resourceType\": \"Patient\", \"id\": \"p1\"}")));

		assertThat(query(PrefetchKey.PATIENT, "Patient/p1", 10, 1000).call()).singleElement()
			.satisfies(patient -> assertThat(patient.getIdPart()).isEqualTo("p1"));
	}

	@Test
	void readAnsweredWithAnotherResourceTypeIsNotObtained() {
		EHR.stubFor(get(urlPathEqualTo("/fhir/Patient/p1"))
			.willReturn(fhir("{\"resourceType\": \"Condition\", \"id\": \"c1\"}")));

		assertThatThrownBy(() -> query(PrefetchKey.PATIENT, "Patient/p1", 10, 1000).call())
			.isInstanceOf(NotObtainedException.class);
	}

	@Test
	void relativeNextLinkIsFollowedAndIncludedResourcesAreLeftOut() throws Exception {
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).withQueryParam("page", absent())
			.willReturn(fhir(page("Condition?patient=p1&page=2", condition("c1", "match")))));
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).withQueryParam("page", equalTo("2"))
			.willReturn(fhir(page(null, condition("c2", "match")
					+ ", {\"resource\": {\"resourceType\": \"Patient\", \"id\": \"p1\"}, \"search\": {\"mode\": \"include\"}}"))));

		assertThat(query(PrefetchKey.CONDITIONS, "Condition?patient=p1", 10, 1000).call())
			.extracting(condition -> condition.getIdPart())
			.containsExactly("c1", "c2");
	}

	@Test
	void moreThanMaxPagesIsNotObtainedAndTheExtraPageIsNeverAsked() {
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).withQueryParam("page", absent())
			.willReturn(fhir(page(base() + "/Condition?page=2", condition("c1", "match")))));
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).withQueryParam("page", equalTo("2"))
			.willReturn(fhir(page(base() + "/Condition?page=3", condition("c2", "match")))));

		assertThatThrownBy(() -> query(PrefetchKey.CONDITIONS, "Condition?patient=p1", 2, 1000).call())
			.isInstanceOfSatisfying(NotObtainedException.class, e -> assertThat(e.reason())
				.isEqualTo(NotObtained.incomplete("more than 2 searchset pages, cds.fhir.max-pages")));
		EHR.verify(0, getRequestedFor(urlPathEqualTo("/fhir/Condition")).withQueryParam("page", equalTo("3")));
	}

	@Test
	void maxResourcesStopsPaging() {
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).willReturn(
				fhir(page(base() + "/Condition?page=2", condition("c1", "match") + "," + condition("c2", "match")))));

		assertThatThrownBy(() -> query(PrefetchKey.CONDITIONS, "Condition?patient=p1", 10, 2).call())
			.isInstanceOfSatisfying(NotObtainedException.class,
					e -> assertThat(e.reason().detail()).contains("cds.fhir.max-resources"));
	}

	@Test
	void percentEncodedPatientIdArrivesAsSent() throws Exception {
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).withQueryParam("patient", equalTo("a b&c"))
			.willReturn(fhir(page(null, condition("c1", "match")))));

		assertThat(query(PrefetchKey.CONDITIONS, "Condition?patient=a+b%26c", 10, 1000).call()).hasSize(1);
	}

	@Test
	void httpClientItselfRefusesMetadataAddressesBeforeConnecting() {
		URI metadata = URI.create("http://169.254.169.254/fhir");
		FhirQuery query = clients.query(metadata.toString(), new InFlightRequests(), PrefetchKey.CONDITIONS,
				"Condition?patient=p1", new FhirQuery.Limits(200, 10, 1000), new FhirFetchMetrics(registry));

		long started = System.nanoTime();
		assertThatThrownBy(query::call).isInstanceOfSatisfying(NotObtainedException.class, e -> assertThat(e.reason())
			.isEqualTo(NotObtained.notAllowed("169.254.169.254 resolves to a link-local or cloud metadata address")));
		// Refused by the resolver, not by a failed connection attempt (the connect
		// timeout is 1 s).
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(500);
	}

	@Test
	void searchAsksForLargePagesAndReadDoesNot() throws Exception {
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).willReturn(fhir(page(null, condition("c1", "match")))));
		EHR.stubFor(get(urlPathEqualTo("/fhir/Patient/p1"))
			.willReturn(fhir("{\"resourceType\": \"Patient\", \"id\": \"p1\"}")));

		query(PrefetchKey.CONDITIONS, "Condition?patient=p1", 10, 1000).call();
		query(PrefetchKey.PATIENT, "Patient/p1", 10, 1000).call();

		EHR.verify(1, getRequestedFor(urlPathEqualTo("/fhir/Condition")).withQueryParam("patient", equalTo("p1"))
			.withQueryParam("_count", equalTo("200")));
		EHR.verify(1, getRequestedFor(urlPathEqualTo("/fhir/Patient/p1")).withQueryParam("_count", absent()));
	}

	@Test
	void queryThatNamesItsOwnCountKeepsIt() throws Exception {
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).willReturn(fhir(page(null, condition("c1", "match")))));

		query(PrefetchKey.CONDITIONS, "Condition?patient=p1&_count=5", 10, 1000).call();

		assertThat(EHR.getAllServeEvents()).singleElement()
			.satisfies(event -> assertThat(event.getRequest().queryParameter("_count").values()).containsExactly("5"));
	}

	@Test
	void everyPageRequestIsCountedWithItsOutcome() throws Exception {
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).withQueryParam("page", absent())
			.willReturn(fhir(page("Condition?patient=p1&page=2", condition("c1", "match")))));
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).withQueryParam("page", equalTo("2"))
			.willReturn(fhir(page("Condition?patient=p1&page=3", condition("c2", "match")))));
		EHR.stubFor(get(urlPathEqualTo("/fhir/Condition")).withQueryParam("page", equalTo("3"))
			.willReturn(fhir(page(null, condition("c3", "match")))));
		EHR.stubFor(get(urlPathEqualTo("/fhir/Procedure")).willReturn(aResponse().withStatus(500)));

		query(PrefetchKey.CONDITIONS, "Condition?patient=p1", 10, 1000).call();
		assertThatThrownBy(() -> query(PrefetchKey.PROCEDURES, "Procedure?patient=p1", 10, 1000).call())
			.isInstanceOf(NotObtainedException.class);

		assertThat(requests("conditions", "first", "ok")).isEqualTo(1);
		assertThat(requests("conditions", "next", "ok")).isEqualTo(2);
		assertThat(requests("procedures", "first", "failed")).isEqualTo(1);
		assertThat(registry.find("cds.fhir.queries").counters()).hasSize(3);
	}

	private double requests(String key, String page, String outcome) {
		return registry.get("cds.fhir.queries")
			.tag("key", key)
			.tag("page", page)
			.tag("outcome", outcome)
			.counter()
			.count();
	}

	private FhirQuery query(PrefetchKey key, String query, int maxPages, int maxResources) {
		return clients.query(base(), new InFlightRequests(), key, query,
				new FhirQuery.Limits(200, maxPages, maxResources), new FhirFetchMetrics(registry));
	}

	private static String base() {
		return "http://localhost:" + EHR.getPort() + "/fhir";
	}

	private static String condition(String id, String mode) {
		return "{\"resource\": {\"resourceType\": \"Condition\", \"id\": \"" + id + "\"}, \"search\": {\"mode\": \""
				+ mode + "\"}}";
	}

	private static String page(String next, String entries) {
		String link = next == null ? "" : "\"link\": [{\"relation\": \"next\", \"url\": \"" + next + "\"}], ";
		return "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", " + link + "\"entry\": [" + entries + "]}";
	}

	private static ResponseDefinitionBuilder fhir(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/fhir+json").withBody(body);
	}

}

package org.spinecds.hooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.hooks.EhrFhirServer.fhir;
import static org.spinecds.hooks.EhrFhirServer.patientRead;
import static org.spinecds.hooks.EhrFhirServer.search;
import static org.spinecds.hooks.EhrFhirServer.withoutPrefetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.spinecds.record.PrefetchKey;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecds.testing.CdsHttp;
import org.spinecds.testing.LoggerLevel;
import org.spinecds.testing.SharedServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Hook calls whose prefetch is missing, with WireMock as the EHR's FHIR server: the
 * service fetches what is missing and answers as it does with full prefetch, or 412
 * naming the key and the reason.
 */
@SharedServiceTest
@ExtendWith(OutputCaptureExtension.class)
class FhirServerFetchTest {

	private static final String TOKEN = "test-access-token-5d1c9a";

	private static final String SCENARIO = "hooks/late-discectomy-ct-without-contrast/";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final EhrFhirServer EHR = new EhrFhirServer();

	/**
	 * Scenarios whose orders the guideline does not rate: a leg MRI, and the sandbox's
	 * first call (an order with an empty code).
	 */
	private static final Set<String> OUT_OF_SCOPE = Set.of("non-spine-order", "sandbox-first-call");

	/** Another origin: must never see a request. */
	private static final EhrFhirServer ELSEWHERE = new EhrFhirServer();

	@Value("${local.server.port}")
	int port;

	@Autowired
	LoggingSystem logging;

	/** The fetch lines this test reads are logged at DEBUG. */
	LoggerLevel fetchesAtDebug;

	@BeforeAll
	static void startServers() {
		EHR.start();
		ELSEWHERE.start();
	}

	@AfterAll
	static void stopServers() {
		EHR.stop();
		ELSEWHERE.stop();
	}

	@BeforeEach
	void logFetchesAtDebug() {
		fetchesAtDebug = LoggerLevel.set(logging, "org.spinecds.patient", LogLevel.DEBUG);
	}

	@AfterEach
	void logFetchesAsConfigured() {
		fetchesAtDebug.close();
	}

	@AfterEach
	void noMetadataCallAndNothingElsewhere() {
		EHR.wireMock.verify(0, getRequestedFor(urlPathMatching(".*/metadata")));
		assertThat(ELSEWHERE.requests()).isEmpty();
		EHR.wireMock.resetAll();
		ELSEWHERE.wireMock.resetAll();
	}

	@TestFactory
	Stream<DynamicTest> everyScenarioWithoutPrefetchAnswersAsWithPrefetch() throws IOException {
		List<Path> requests;
		try (Stream<Path> files = Files.walk(Path.of("hooks"))) {
			requests = files.filter(path -> path.getFileName().toString().endsWith(".request.json")).sorted().toList();
		}
		assertThat(requests).hasSizeGreaterThanOrEqualTo(30);
		return requests.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
			EHR.wireMock.resetAll();
			JsonNode request = JSON.readTree(file.toFile());
			EHR.servePrefetchOf(request);

			HttpResponse<String> response = post(withoutPrefetch(request, EHR.base(), TOKEN));

			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertSameAsGolden(file, response);
			// One query per prefetch key the service declares, whatever the request
			// carried; none when no order is one the guideline rates.
			boolean inScope = !OUT_OF_SCOPE.contains(file.getParent().getFileName().toString());
			assertThat(EHR.requests()).hasSize(inScope ? PrefetchKey.values().length : 0)
				.allSatisfy(sent -> assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
		}));
	}

	@Test
	void ordersOutOfScopeAskTheFhirServerNothingAndGet200() throws Exception {
		for (String scenario : OUT_OF_SCOPE) {
			for (String hook : List.of("order-select", "order-sign")) {
				Path file = Path.of("hooks", scenario, hook + ".request.json");
				JsonNode request = JSON.readTree(file.toFile());
				// Nothing stubbed: a query would get WireMock's 404, and the call a 412.
				HttpResponse<String> response = post(withoutPrefetch(request, EHR.base(), TOKEN));

				assertThat(response.statusCode()).as(file.toString()).isEqualTo(200);
				assertThat(JSON.readTree(response.body()).get("cards")).as(file.toString()).isEmpty();
			}
		}
		assertThat(EHR.requests()).isEmpty();
	}

	@Test
	void tokenIsNeverLogged(CapturedOutput output) throws Exception {
		JsonNode request = scenario("order-select");
		EHR.servePrefetchOf(request);

		assertThat(post(withoutPrefetch(request, EHR.base(), TOKEN)).statusCode()).isEqualTo(200);

		assertThat(output.getAll()).contains("FHIR query host=localhost key=conditions status=ok")
			.doesNotContain(TOKEN);
	}

	@Test
	void sandboxStyleRequestWithoutFhirAuthorizationIsFetchedWithoutToken() throws Exception {
		JsonNode request = scenario("order-select");
		EHR.servePrefetchOf(request);

		HttpResponse<String> response = post(withoutPrefetch(request, EHR.base(), null));

		assertSameAsGolden(Path.of(SCENARIO, "order-select.request.json"), response);
		assertThat(EHR.requests()).hasSize(PrefetchKey.values().length)
			.allSatisfy(sent -> assertThat(sent.containsHeader("Authorization")).isFalse());
	}

	@Test
	void sixKeysAreFetchedInParallel() throws Exception {
		JsonNode request = scenario("order-select");
		EHR.servePrefetchOf(request);
		post(withoutPrefetch(request, EHR.base(), TOKEN)); // warm-up: class loading,
															// first connections
		EHR.wireMock.resetAll();
		String patientId = request.at("/context/patientId").asText();
		EHR.wireMock
			.stubFor(patientRead(patientId).willReturn(fhir(request.at("/prefetch/patient")).withFixedDelay(300)));
		EhrFhirServer.SEARCHED_TYPES.forEach((key, type) -> EHR.wireMock
			.stubFor(search(type, patientId).willReturn(fhir(request.at("/prefetch/" + key)).withFixedDelay(300))));

		long started = System.nanoTime();
		HttpResponse<String> response = post(withoutPrefetch(request, EHR.base(), TOKEN));
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

		System.out.println("MEASURED hook call, 6 missing keys each delayed 300 ms: " + millis + " ms");
		assertSameAsGolden(Path.of(SCENARIO, "order-select.request.json"), response);
		assertThat(millis).isLessThan(900);
	}

	@Test
	void threePageSearchsetIsFollowedWithTheToken() throws Exception {
		JsonNode request = scenario("order-select");
		EHR.servePrefetchOf(request);
		String patientId = request.at("/context/patientId").asText();
		String page2 = EHR.base() + "?_getpages=p2&_getpagesoffset=20";
		String page3 = EHR.base() + "/Condition?patient=" + patientId + "&_page=3";
		EHR.wireMock.stubFor(search("Condition", patientId).atPriority(1)
			.withQueryParam("_page", absent())
			.willReturn(fhir(emptyPage(page2))));
		EHR.wireMock.stubFor(get(urlPathEqualTo("/fhir")).withQueryParam("_getpages", equalTo("p2"))
			.willReturn(fhir(emptyPage(page3))));
		EHR.wireMock.stubFor(search("Condition", patientId).atPriority(1)
			.withQueryParam("_page", equalTo("3"))
			.willReturn(fhir(request.at("/prefetch/conditions"))));

		HttpResponse<String> response = post(withoutPrefetch(request, EHR.base(), TOKEN));

		// The foot drop is only on page 3: the same card as with prefetch proves all
		// pages were read.
		assertSameAsGolden(Path.of(SCENARIO, "order-select.request.json"), response);
		EHR.wireMock.verify(1, getRequestedFor(urlPathEqualTo("/fhir/Condition")).withQueryParam("_page", equalTo("3"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN)));
		EHR.wireMock.verify(1, getRequestedFor(urlPathEqualTo("/fhir")).withQueryParam("_getpages", equalTo("p2"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN)));
		assertThat(EHR.requests()).hasSize(PrefetchKey.values().length + 2); // two more
																				// Condition
																				// pages
	}

	@Test
	void nextLinkToAnotherHostIsNotFollowed(CapturedOutput output) throws Exception {
		JsonNode request = scenario("order-select");
		EHR.servePrefetchOf(request);
		String patientId = request.at("/context/patientId").asText();
		String elsewhere = "http://127.0.0.1:" + ELSEWHERE.wireMock.port() + "/fhir/Procedure?patient=" + patientId
				+ "&_page=2";
		EHR.wireMock.stubFor(search("Procedure", patientId).atPriority(1).willReturn(fhir(emptyPage(elsewhere))));
		ELSEWHERE.servePrefetchOf(request);

		HttpResponse<String> response = post(withoutPrefetch(request, EHR.base(), TOKEN));

		assertThat(response.statusCode()).isEqualTo(412);
		assertThat(diagnostics(response)).contains("'procedures'").contains("another server");
		assertThat(output.getAll())
			.contains("Not following a searchset next link away from the fhirServer: fhirServer host=localhost"
					+ " key=procedures link origin=http://127.0.0.1:" + ELSEWHERE.wireMock.port())
			.doesNotContain(TOKEN);
		// ELSEWHERE has no request: checked after each test.
	}

	@Test
	void redirectIsNotFollowed() throws Exception {
		JsonNode request = scenario("order-select");
		EHR.servePrefetchOf(request);
		String patientId = request.at("/context/patientId").asText();
		EHR.wireMock.stubFor(search("Condition", patientId).atPriority(1)
			.willReturn(aResponse().withStatus(302)
				.withHeader("Location", ELSEWHERE.base() + "/Condition?patient=" + patientId)));
		ELSEWHERE.servePrefetchOf(request);

		HttpResponse<String> response = post(withoutPrefetch(request, EHR.base(), TOKEN));

		assertThat(response.statusCode()).isEqualTo(412);
		assertThat(diagnostics(response)).contains("'conditions'").contains("HTTP 302");
	}

	@Test
	void serverErrorOnARequiredKeyIs412NamingIt() throws Exception {
		assertRequiredKeyFails("Condition",
				aResponse().withStatus(500)
					.withBody("{\"resourceType\":\"OperationOutcome\"}")
					.withHeader("Content-Type", "application/fhir+json"),
				"'conditions'", "HTTP 500");
	}

	@Test
	void unauthorizedIs412NamingTheKey() throws Exception {
		assertRequiredKeyFails("Procedure", aResponse().withStatus(401), "'procedures'", "HTTP 401");
	}

	@Test
	void nonFhirBodyIs412() throws Exception {
		assertRequiredKeyFails("Condition",
				aResponse().withStatus(200)
					.withHeader("Content-Type", "text/html")
					.withBody("<html>maintenance</html>"),
				"'conditions'", "not FHIR");
	}

	@Test
	void garbageFhirJsonIs412() throws Exception {
		assertRequiredKeyFails("Condition", fhir("{\"resourceType\": \"Bundle\", \"entry\": [ garbage"), "'conditions'",
				"failed (the answer is not valid FHIR)");
	}

	@Test
	void wrongResourceTypeIs412() throws Exception {
		assertRequiredKeyFails("Procedure", fhir(scenario("order-select").at("/prefetch/conditions")), "'procedures'",
				"expected Procedure, got Condition");
	}

	@Test
	void optionalPatientThatCannotBeReadStillGivesTheCards() throws Exception {
		JsonNode request = scenario("order-select");
		EHR.servePrefetchOf(request);
		EHR.wireMock.stubFor(patientRead(request.at("/context/patientId").asText()).atPriority(1)
			.willReturn(aResponse().withStatus(404)));

		HttpResponse<String> response = post(withoutPrefetch(request, EHR.base(), TOKEN));

		assertSameAsGolden(Path.of(SCENARIO, "order-select.request.json"), response);
	}

	@Test
	void operationOutcomeInPrefetchIsFetchedInstead() throws Exception {
		JsonNode request = scenario("order-sign");
		EHR.servePrefetchOf(request);
		ObjectNode withOutcome = request.deepCopy();
		((ObjectNode) withOutcome.get("prefetch")).set("conditions", JSON.readTree("""
				{"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "timeout"}]}"""));
		withOutcome.put("fhirServer", EHR.base());

		HttpResponse<String> response = post(withOutcome);

		assertSameAsGolden(Path.of(SCENARIO, "order-sign.request.json"), response);
		assertThat(EHR.requests()).singleElement()
			.satisfies(sent -> assertThat(sent.getUrl()).startsWith("/fhir/Condition?patient="));
	}

	@Test
	void serverNotAllowedGetsNoConnectionAtAll() throws Exception {
		JsonNode request = scenario("order-select");
		EHR.servePrefetchOf(request);

		HttpResponse<String> response = post(
				withoutPrefetch(request, "http://127.0.0.1:" + EHR.wireMock.port() + "/fhir", TOKEN));

		assertThat(response.statusCode()).isEqualTo(412);
		assertThat(diagnostics(response)).contains("not allowed by cds.fhir.allowed-servers")
			.contains("matches none of its patterns")
			.contains("'conditions'")
			.contains("'procedures'");
		EHR.wireMock.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void metadataAddressIsRefusedEvenWhenAPatternNamesIt() throws Exception {
		long started = System.nanoTime();
		HttpResponse<String> response = post(
				withoutPrefetch(scenario("order-select"), "http://169.254.169.254/latest/meta-data", TOKEN));
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

		assertThat(response.statusCode()).isEqualTo(412);
		assertThat(diagnostics(response)).contains("not allowed").contains("link-local or cloud metadata address");
		// Refused before any connection attempt: far below the 1 s connect timeout.
		assertThat(millis).isLessThan(500);
	}

	private void assertRequiredKeyFails(String resourceType, ResponseDefinitionBuilder answer, String key,
			String reason) throws Exception {
		JsonNode request = scenario("order-select");
		EHR.servePrefetchOf(request);
		EHR.wireMock
			.stubFor(search(resourceType, request.at("/context/patientId").asText()).atPriority(1).willReturn(answer));

		HttpResponse<String> response = post(withoutPrefetch(request, EHR.base(), TOKEN));

		assertThat(response.statusCode()).isEqualTo(412);
		assertThat(diagnostics(response)).contains(key).contains(reason);
	}

	private static JsonNode scenario(String hook) throws IOException {
		return JSON.readTree(Path.of(SCENARIO, hook + ".request.json").toFile());
	}

	private static String emptyPage(String next) {
		return """
				{"resourceType": "Bundle", "type": "searchset", "link": [{"relation": "next", "url": "%s"}]}"""
			.formatted(next);
	}

	private static void assertSameAsGolden(Path requestFile, HttpResponse<String> response) throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		String hook = requestFile.getFileName().toString().replace(".request.json", "");
		JsonNode expected = JSON.readTree(requestFile.resolveSibling(hook + ".response.json").toFile());
		assertThat(JsonDifferences.between(expected, JSON.readTree(response.body()))).isEmpty();
	}

	private static String diagnostics(HttpResponse<String> response) throws IOException {
		return JSON.readTree(response.body()).at("/issue/0/diagnostics").asText();
	}

	private HttpResponse<String> post(JsonNode request) {
		String service = "/cds-services/lumbar-imaging-" + request.get("hook").asText();
		return new CdsHttp(port).post(service, null, request.toString());
	}

}

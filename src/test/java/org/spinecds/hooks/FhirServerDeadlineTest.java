package org.spinecds.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.hooks.EhrFhirServer.fhir;
import static org.spinecds.hooks.EhrFhirServer.search;
import static org.spinecds.hooks.EhrFhirServer.withoutPrefetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinecds.testing.CdsHttp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A FHIR server that never answers: the hook still answers within the deadline (set low
 * here, 500 ms, with a read timeout far beyond it so that only the deadline can end the
 * wait) plus 300 ms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"cds.fhir.allowed-servers=http://localhost:*/fhir", "cds.fhir.deadline=500ms", "cds.fhir.read-timeout=30s" })
class FhirServerDeadlineTest {

	private static final long DEADLINE_MILLIS = 500;

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final EhrFhirServer EHR = new EhrFhirServer();

	@Value("${local.server.port}")
	int port;

	@BeforeAll
	static void startServer() {
		EHR.start();
	}

	@AfterAll
	static void stopServer() {
		EHR.stop();
	}

	@Test
	void serverThatNeverAnswersCostsTheDeadlineNotMore() throws Exception {
		JsonNode request = JSON
			.readTree(Path.of("hooks/late-discectomy-ct-without-contrast/order-select.request.json").toFile());
		EHR.servePrefetchOf(request);
		// Warm-up, so that only the deadline is measured: class loading, first
		// connections, the 412 answer path.
		post(withoutPrefetch(request, EHR.base(), "token"));
		post(withoutPrefetch(request, "http://not-allowed.example.org/fhir", "token"));
		EHR.wireMock.stubFor(search("Condition", request.at("/context/patientId").asText()).atPriority(1)
			.willReturn(fhir(request.at("/prefetch/conditions")).withFixedDelay(20_000)));

		long started = System.nanoTime();
		HttpResponse<String> response = post(withoutPrefetch(request, EHR.base(), "token"));
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

		System.out.println("MEASURED hook call, conditions never answered, deadline 500 ms: " + millis + " ms");
		assertThat(response.statusCode()).isEqualTo(412);
		assertThat(JSON.readTree(response.body()).at("/issue/0/diagnostics").asText()).contains("'conditions'")
			.contains("could not be fetched from the fhirServer in time (deadline 500 ms, cds.fhir.deadline)")
			.doesNotContain("'procedures'");
		assertThat(millis).isGreaterThanOrEqualTo(DEADLINE_MILLIS).isLessThan(DEADLINE_MILLIS + 300);
	}

	private HttpResponse<String> post(JsonNode request) {
		return new CdsHttp(port).post(CdsHttp.ORDER_SELECT, null, request.toString());
	}

}

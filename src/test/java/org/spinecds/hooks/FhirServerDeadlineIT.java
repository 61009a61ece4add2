package org.spinecds.hooks;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.hooks.EhrFhirServer.fhir;
import static org.spinecds.hooks.EhrFhirServer.search;
import static org.spinecds.hooks.EhrFhirServer.withoutPrefetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinecds.testing.CdsHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * A FHIR server that is slow or never answers: the hook still answers within the deadline
 * (1 s here, with a read timeout far beyond it so that only the deadline can end the
 * wait), counted from the call's arrival, plus a margin for evaluating, recording and
 * answering (500 ms: generous, the test machine is shared).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cds.fhir.allowed-servers=http://localhost:*/fhir", "cds.fhir.deadline=1s",
				"cds.fhir.read-timeout=30s" })
@Import(FhirServerDeadlineIT.SlowStartOfCall.class)
class FhirServerDeadlineIT {

	private static final long DEADLINE_MILLIS = 1000;

	private static final long MARGIN_MILLIS = 500;

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final EhrFhirServer EHR = new EhrFhirServer();

	/** Request header making {@link SlowStartOfCall} hold the call this many ms. */
	static final String SLOW_START_HEADER = "X-Test-Slow-Start-Millis";

	@Value("${local.server.port}")
	int port;

	@Autowired
	MeterRegistry meters;

	private JsonNode request;

	private String patientId;

	@BeforeAll
	static void startServer() {
		EHR.start();
	}

	@AfterAll
	static void stopServer() {
		EHR.stop();
	}

	@BeforeEach
	void serveAndWarmUp() throws Exception {
		request = JSON
			.readTree(Path.of("hooks/late-discectomy-ct-without-contrast/order-select.request.json").toFile());
		patientId = request.at("/context/patientId").asText();
		EHR.servePrefetchOf(request);
		// Warm-up, so that only the deadline is measured: class loading, first
		// connections, the 412 answer path.
		post(withoutPrefetch(request, EHR.base(), "token"), 0);
		post(withoutPrefetch(request, "http://not-allowed.example.org/fhir", "token"), 0);
	}

	@AfterEach
	void reset() {
		EHR.wireMock.resetAll();
	}

	@Test
	void serverThatNeverAnswersCostsTheDeadlineNotMore() throws Exception {
		EHR.wireMock.stubFor(search("Condition", patientId).atPriority(1)
			.willReturn(fhir(request.at("/prefetch/conditions")).withFixedDelay(20_000)));

		long started = System.nanoTime();
		HttpResponse<String> response = post(withoutPrefetch(request, EHR.base(), "token"), 0);
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

		System.out.println("MEASURED hook call, conditions never answered, deadline 1 s: " + millis + " ms");
		assertDeadlinePassedFor("'conditions'", response);
		assertThat(diagnostics(response)).as("the keys that did answer").doesNotContain("'procedures'");
		assertThat(millis).isGreaterThanOrEqualTo(DEADLINE_MILLIS).isLessThan(DEADLINE_MILLIS + MARGIN_MILLIS);
	}

	@Test
	void slowNextPageIsAbandonedAtTheDeadline() throws Exception {
		ObjectNode firstPage = request.at("/prefetch/conditions").deepCopy();
		firstPage.putArray("link")
			.addObject()
			.put("relation", "next")
			.put("url", EHR.base() + "/Condition?patient=" + patientId + "&page=2");
		EHR.wireMock.stubFor(search("Condition", patientId).atPriority(1)
			.withQueryParam("page", absent())
			.willReturn(fhir(firstPage)));
		EHR.wireMock.stubFor(search("Condition", patientId).atPriority(2)
			.withQueryParam("page", equalTo("2"))
			.willReturn(fhir(request.at("/prefetch/conditions"))));
		// Warm-up of the paging path, with a prompt next page.
		assertThat(post(withoutPrefetch(request, EHR.base(), "token"), 0).statusCode()).isEqualTo(200);
		EHR.wireMock.stubFor(search("Condition", patientId).atPriority(1)
			.withQueryParam("page", equalTo("2"))
			.willReturn(fhir(request.at("/prefetch/conditions")).withFixedDelay(20_000)));
		EHR.wireMock.resetRequests();
		double nextPagesBefore = conditionPages("next");

		long started = System.nanoTime();
		HttpResponse<String> response = post(withoutPrefetch(request, EHR.base(), "token"), 0);
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

		System.out.println("MEASURED hook call, conditions' next page never answered, deadline 1 s: " + millis + " ms");
		assertDeadlinePassedFor("'conditions'", response);
		assertThat(millis).isGreaterThanOrEqualTo(DEADLINE_MILLIS).isLessThan(DEADLINE_MILLIS + MARGIN_MILLIS);
		EHR.wireMock.verify(1,
				getRequestedFor(urlPathEqualTo("/fhir/Condition")).withQueryParam("_count", equalTo("200")));
		EHR.wireMock.verify(1, getRequestedFor(urlPathEqualTo("/fhir/Condition")).withQueryParam("page", equalTo("2")));
		assertThat(conditionPages("next")).as("next-page requests counted").isEqualTo(nextPagesBefore + 1);
	}

	@Test
	void timeSpentBeforeTheFetchCountsAgainstTheDeadline() throws Exception {
		long slowStart = 600;
		EHR.wireMock.stubFor(search("Condition", patientId).atPriority(1)
			.willReturn(fhir(request.at("/prefetch/conditions")).withFixedDelay(20_000)));

		long started = System.nanoTime();
		HttpResponse<String> response = post(withoutPrefetch(request, EHR.base(), "token"), slowStart);
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

		System.out.println("MEASURED hook call held 600 ms before the controller, conditions never answered,"
				+ " deadline 1 s: " + millis + " ms");
		assertDeadlinePassedFor("'conditions'", response);
		// Counted from the fetch instead, it would be 600 + 1000 ms and more.
		assertThat(millis).isGreaterThanOrEqualTo(DEADLINE_MILLIS).isLessThan(DEADLINE_MILLIS + MARGIN_MILLIS);
	}

	private double conditionPages(String page) {
		return meters.find("cds.fhir.queries")
			.tag("key", "conditions")
			.tag("page", page)
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

	private static String diagnostics(HttpResponse<String> response) throws Exception {
		return JSON.readTree(response.body()).at("/issue/0/diagnostics").asText();
	}

	private static void assertDeadlinePassedFor(String key, HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(412);
		assertThat(diagnostics(response)).contains(key)
			.contains("could not be fetched from the fhirServer in time (deadline 1 s, cds.fhir.deadline)");
	}

	private HttpResponse<String> post(JsonNode body, long slowStartMillis) {
		CdsHttp http = new CdsHttp(port);
		return http.send(http.request(CdsHttp.ORDER_SELECT, null)
			.header("Content-Type", "application/json")
			.header(SLOW_START_HEADER, String.valueOf(slowStartMillis))
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/**
	 * Holds a call, when asked, in a filter right after {@link CallArrival}: stands for a
	 * slow JWT check or a slow client upload.
	 */
	@TestConfiguration
	static class SlowStartOfCall {

		@Bean
		FilterRegistrationBean<Filter> slowStartOfCall() {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				String millis = ((jakarta.servlet.http.HttpServletRequest) request).getHeader(SLOW_START_HEADER);
				if (millis != null && Long.parseLong(millis) > 0) {
					try {
						Thread.sleep(Long.parseLong(millis));
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}
				chain.doFilter(request, response);
			});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
			return registration;
		}

	}

}

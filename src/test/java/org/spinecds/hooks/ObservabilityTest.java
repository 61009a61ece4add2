package org.spinecds.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.spinecds.testing.CdsHttp;
import org.spinecds.testing.SharedServiceTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * Health probes and Prometheus metrics are there for operators, and hook calls show up in
 * them.
 */
@SharedServiceTest
class ObservabilityTest {

	@Value("${local.server.port}")
	int port;

	@Test
	void livenessAndReadinessProbesAnswerUp() throws Exception {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> response = get(probe);
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			assertThat(response.body()).contains("\"UP\"");
		}
	}

	@Test
	void hookCallsAppearInPrometheusMetrics() throws Exception {
		post("early-fusion-mri-without-contrast");
		post("no-surgery");
		postBroken();

		String metrics = get("/actuator/prometheus").body();

		assertThat(metrics)
			.contains("cds_hook_duration_seconds_count{outcome=\"200\",service=\"lumbar-imaging-order-select\"}")
			.contains("cds_hook_duration_seconds_count{outcome=\"400\",service=\"lumbar-imaging-order-select\"}")
			.contains("cds_hook_duration_seconds_bucket")
			.contains("cds_cards_total{indicator=\"critical\",service=\"lumbar-imaging-order-select\"}")
			.contains("cds_ratings_total{rating=\"usually-appropriate\",service=\"lumbar-imaging-order-select\"}");
	}

	private void post(String scenario) throws Exception {
		HttpResponse<String> response = send(Files.readString(Path.of("hooks", scenario, "order-select.request.json")));
		assertThat(response.statusCode()).isEqualTo(200);
	}

	private void postBroken() throws Exception {
		assertThat(send("{\"hook\": \"order-select\", \"context\": {}}").statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> send(String body) {
		return new CdsHttp(port).post(CdsHttp.ORDER_SELECT, null, body);
	}

	private HttpResponse<String> get(String path) {
		return new CdsHttp(port).get(path, null);
	}

}

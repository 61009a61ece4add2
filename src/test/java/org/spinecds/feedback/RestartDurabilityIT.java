package org.spinecds.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.feedback.FeedbackBodies.body;
import static org.spinecds.feedback.FeedbackBodies.overridden;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinecds.SpineImagingCdsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stops and starts the service on one H2 file, as the default configuration runs it: what
 * was stored before the stop is there after the start, and an override made before it
 * still holds back the card (with a configured salt).
 */
class RestartDurabilityIT {

	@TempDir
	Path data;

	@Test
	void feedbackAndAuditSurviveARestart() {
		String cardUuid;
		try (ConfigurableApplicationContext first = start()) {
			Http http = http(first);
			JsonNode card = StoreScenarios
				.onlyCard(http.hook("order-select", Http.example(StoreScenarios.WARNING_SCENARIO, "order-select")));
			cardUuid = card.get("uuid").asText();
			assertThat(http
				.post("/cds-services/lumbar-imaging-order-select/feedback",
						body(overridden(cardUuid, "other", null, "2026-11-20T12:00:00Z")))
				.statusCode()).isEqualTo(200);
		}

		try (ConfigurableApplicationContext second = start()) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from hook_call").query(Long.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("select matched from feedback where card_uuid = ?")
				.param(cardUuid)
				.query(Boolean.class)
				.single()).isTrue();
			JsonNode again = http(second).hook("order-sign",
					Http.example(StoreScenarios.WARNING_SCENARIO, "order-sign"));
			assertThat(again.get("cards")).as("the override from before the restart still counts").isEmpty();
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(SpineImagingCdsApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:" + data.resolve("spine-imaging-cds") + ";AUTO_SERVER=FALSE",
				"--cds.audit.id-hash-salt=restart-test-salt");
	}

	private static Http http(ConfigurableApplicationContext context) {
		return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
	}

}

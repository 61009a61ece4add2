package org.spinecds.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.feedback.FeedbackBodies.accepted;
import static org.spinecds.feedback.FeedbackBodies.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinecds.testing.SharedServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The feedback endpoint's answers to bad requests, and the admin summary when no token is
 * configured.
 */
@SharedServiceTest
class FeedbackEndpointTest {

	private static final String FEEDBACK = "/cds-services/lumbar-imaging-order-select/feedback";

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void everyProblemIsListedWithItsItemAndNothingIsStored() {
		ObjectNode fine = accepted("card-0", "suggestion-0", "2026-11-20T12:00:00Z");
		ObjectNode badOutcomeNoTime = Http.JSON.createObjectNode().put("card", "card-1").put("outcome", "maybe");
		ObjectNode acceptedWithoutSuggestionsEmptyReason = Http.JSON.createObjectNode()
			.put("card", "card-2")
			.put("outcome", "accepted")
			.put("outcomeTimestamp", "yesterday");
		acceptedWithoutSuggestionsEmptyReason.putObject("overrideReason");

		HttpResponse<String> answer = http.post(FEEDBACK,
				body(fine, badOutcomeNoTime, acceptedWithoutSuggestionsEmptyReason));

		assertThat(answer.statusCode()).isEqualTo(400);
		JsonNode outcome = Http.read(answer.body());
		assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
		assertThat(expressions(outcome)).containsExactly("feedback[1].outcome", "feedback[1].outcomeTimestamp",
				"feedback[2].acceptedSuggestions", "feedback[2].overrideReason", "feedback[2].outcomeTimestamp");
		assertThat(outcome.at("/issue/0/diagnostics").asText()).contains("\"accepted\" or \"overridden\"")
			.contains("\"maybe\"");
		assertThat(outcome.at("/issue/0/severity").asText()).isEqualTo("error");
		assertThat(jdbc.sql("select count(*) from feedback").query(Long.class).single()).isZero();
	}

	@Test
	void aSingleUnwrappedItemIsRefusedWithTheRightShape() {
		HttpResponse<String> answer = http.post(FEEDBACK,
				accepted("card-0", "suggestion-0", "2026-11-20T12:00:00Z").toString());

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(Http.read(answer.body()).at("/issue/0/diagnostics").asText()).contains("{\"feedback\": [...]}");
	}

	@Test
	void malformedJsonIsA400OperationOutcome() {
		HttpResponse<String> answer = http.post(FEEDBACK, "{\"feedback\": [");

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(Http.read(answer.body()).at("/issue/0/diagnostics").asText()).startsWith("Malformed JSON");
	}

	@Test
	void feedbackForAnUnknownServiceIsA404() {
		HttpResponse<String> answer = http.post("/cds-services/no-such-service/feedback",
				body(accepted("card-0", "suggestion-0", "2026-11-20T12:00:00Z")));

		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(Http.read(answer.body()).at("/issue/0/diagnostics").asText()).contains("no-such-service");
	}

	@Test
	void feedbackMustBeJson() throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + FEEDBACK))
				.header("Content-Type", "text/plain")
				.POST(HttpRequest.BodyPublishers.ofString("accepted"))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(415);
	}

	@Test
	void withoutAnAdminTokenTheSummaryDoesNotExist() {
		HttpResponse<String> answer = http.get("/admin/summary", "Authorization", "Bearer anything");

		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(Http.read(answer.body()).get("resourceType").asText()).isEqualTo("OperationOutcome");
	}

	private static List<String> expressions(JsonNode outcome) {
		List<String> expressions = new ArrayList<>();
		outcome.get("issue").forEach(issue -> expressions.add(issue.at("/expression/0").asText()));
		return expressions;
	}

}

package org.spinecds.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.spinecds.feedback.FeedbackBodies.accepted;
import static org.spinecds.feedback.FeedbackBodies.body;
import static org.spinecds.feedback.FeedbackBodies.overridden;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceFeebackOutcomeEnum;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceFeedbackJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CDS Hooks 2.0 feedback invariants, one by one. */
class FeedbackReaderTest {

	private static final String NOW = "2026-11-20T12:00:00Z";

	@Test
	void readsEveryFieldOfAValidBody() {
		List<CdsServiceFeedbackJson> items = FeedbackReader.read(Http.read(body(accepted("card-a", "suggestion-a", NOW),
				overridden("card-b", "patient-declines", "Declines contrast", "2026-11-20T13:00:00+01:00"))));

		assertThat(items).hasSize(2);
		assertThat(items.get(0).getOutcome()).isEqualTo(CdsServiceFeebackOutcomeEnum.accepted);
		assertThat(items.get(0).getAcceptedSuggestions()).singleElement()
			.extracting(s -> s.getId())
			.isEqualTo("suggestion-a");
		assertThat(items.get(1).getOverrideReason().getReason().getCode()).isEqualTo("patient-declines");
		assertThat(items.get(1).getOverrideReason().getUserComment()).isEqualTo("Declines contrast");
		assertThat(items.get(1).getOutcomeTimestamp()).isEqualTo("2026-11-20T13:00:00+01:00");
	}

	@Test
	void overriddenNeedsNoReasonAtAll() {
		ObjectNode item = overridden("card-a", "other", null, NOW);
		item.remove("overrideReason");

		assertThat(FeedbackReader.read(Http.read(body(item)))).hasSize(1);
	}

	@Test
	void aCommentAloneIsAReason() {
		assertThat(FeedbackReader.read(Http.read(body(overridden("card-a", null, "Seen yesterday", NOW))))).hasSize(1);
	}

	@Test
	void outcomeIsAcceptedOrOverridden() {
		assertThat(problems(accepted("card-a", "s", NOW).put("outcome", "ignored")))
			.containsExactly("feedback[0].outcome");
		ObjectNode missing = accepted("card-a", "s", NOW);
		missing.remove("outcome");
		assertThat(problems(missing)).containsExactly("feedback[0].outcome");
	}

	@Test
	void acceptedNeedsTheAcceptedSuggestions() {
		ObjectNode missing = accepted("card-a", "s", NOW);
		missing.remove("acceptedSuggestions");
		ObjectNode empty = accepted("card-a", "s", NOW);
		empty.putArray("acceptedSuggestions");
		ObjectNode noId = accepted("card-a", "s", NOW);
		noId.putArray("acceptedSuggestions").addObject().put("uuid", "s");

		assertThat(problems(missing)).containsExactly("feedback[0].acceptedSuggestions");
		assertThat(problems(empty)).containsExactly("feedback[0].acceptedSuggestions");
		assertThat(problems(noId)).containsExactly("feedback[0].acceptedSuggestions[0].id");
	}

	@Test
	void anOverrideReasonNeedsAReasonOrAComment() {
		ObjectNode empty = overridden("card-a", null, null, NOW);
		ObjectNode blankComment = overridden("card-a", null, "  ", NOW);
		ObjectNode uncodedReason = overridden("card-a", null, null, NOW);
		((ObjectNode) uncodedReason.get("overrideReason")).putObject("reason").put("display", "Other");

		assertThat(problems(empty)).containsExactly("feedback[0].overrideReason");
		assertThat(problems(blankComment)).containsExactly("feedback[0].overrideReason");
		assertThat(problems(uncodedReason)).containsExactly("feedback[0].overrideReason.reason");
	}

	@Test
	void theTimestampIsAnIso8601DateTimeWithZone() {
		assertThat(problems(accepted("card-a", "s", "2026-11-20"))).containsExactly("feedback[0].outcomeTimestamp");
		assertThat(problems(accepted("card-a", "s", "2026-11-20T12:00:00")))
			.containsExactly("feedback[0].outcomeTimestamp");
		assertThat(problems(accepted("card-a", "s", "20 Nov 2026"))).containsExactly("feedback[0].outcomeTimestamp");
		assertThat(problems(accepted("card-a", "s", "2026-11-20T12:00:00.123-05:00"))).isEmpty();
	}

	@Test
	void theCardIsRequired() {
		ObjectNode missing = accepted("card-a", "s", NOW);
		missing.remove("card");

		assertThat(problems(missing)).containsExactly("feedback[0].card");
		assertThat(problems(accepted("x".repeat(101), "s", NOW))).containsExactly("feedback[0].card");
	}

	@Test
	void everyItemIsCheckedAndNamedByIndex() {
		FeedbackRejected rejected = catchThrowableOfType(FeedbackRejected.class,
				() -> FeedbackReader.read(Http
					.read("{\"feedback\": [42, {\"card\": \"c\", \"outcome\": \"accepted\", \"outcomeTimestamp\": \""
							+ NOW + "\"}]}")));

		assertThat(rejected.problems()).extracting(FeedbackProblem::expression)
			.containsExactly("feedback[0]", "feedback[1].acceptedSuggestions");
	}

	@Test
	void theBodyIsAnObjectWithAFeedbackArray() {
		for (String body : List.of("[]", "{}", "{\"feedback\": {}}", "null")) {
			FeedbackRejected rejected = catchThrowableOfType(FeedbackRejected.class,
					() -> FeedbackReader.read(Http.read(body)));
			assertThat(rejected.problems()).extracting(FeedbackProblem::expression)
				.as(body)
				.containsExactly("feedback");
		}
	}

	private static List<String> problems(ObjectNode item) {
		try {
			FeedbackReader.read(Http.read(body(item)));
			return List.of();
		}
		catch (FeedbackRejected rejected) {
			return rejected.problems().stream().map(FeedbackProblem::expression).toList();
		}
	}

}

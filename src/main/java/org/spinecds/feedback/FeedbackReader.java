package org.spinecds.feedback;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceAcceptedSuggestionJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceFeebackOutcomeEnum;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceFeedbackJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceOverrideReasonJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCodingJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.spinecds.ClientText;

/**
 * Reads a CDS Hooks 2.0 feedback body, {@code {"feedback": [...]}}, checking the spec's
 * invariants: outcome is accepted or overridden (cds-fb-1), accepted needs
 * acceptedSuggestions (cds-fb-2), an overrideReason needs a reason or a userComment
 * (cds-fb-3), outcomeTimestamp is an ISO 8601 date-time. Every problem is reported, not
 * the first.
 */
final class FeedbackReader {

	static final int MAX_CARD_UUID = 100;

	private FeedbackReader() {
	}

	static List<CdsServiceFeedbackJson> read(JsonNode body) {
		if (body == null || !body.isObject() || !body.path("feedback").isArray()) {
			throw new FeedbackRejected(new FeedbackProblem("feedback",
					"The body must be a JSON object {\"feedback\": [...]} listing one item per card the user acted on."));
		}
		List<FeedbackProblem> problems = new ArrayList<>();
		List<CdsServiceFeedbackJson> items = new ArrayList<>();
		JsonNode feedback = body.get("feedback");
		for (int index = 0; index < feedback.size(); index++) {
			items.add(item(feedback.get(index), "feedback[" + index + "]", problems));
		}
		if (!problems.isEmpty()) {
			throw new FeedbackRejected(problems);
		}
		return items;
	}

	private static CdsServiceFeedbackJson item(JsonNode item, String at, List<FeedbackProblem> problems) {
		CdsServiceFeedbackJson parsed = new CdsServiceFeedbackJson();
		if (!item.isObject()) {
			problems
				.add(new FeedbackProblem(at, at + " must be a JSON object with card, outcome and outcomeTimestamp."));
			return parsed;
		}
		parsed.setCard(card(item.path("card"), at + ".card", problems));
		parsed.setOutcome(outcome(item.path("outcome"), at + ".outcome", problems));
		parsed.setAcceptedSuggestions(acceptedSuggestions(item.path("acceptedSuggestions"), parsed.getOutcome(),
				at + ".acceptedSuggestions", problems));
		parsed.setOverrideReason(overrideReason(item.path("overrideReason"), at + ".overrideReason", problems));
		parsed.setOutcomeTimestamp(timestamp(item.path("outcomeTimestamp"), at + ".outcomeTimestamp", problems));
		return parsed;
	}

	private static String card(JsonNode card, String at, List<FeedbackProblem> problems) {
		if (!isText(card)) {
			problems.add(new FeedbackProblem(at, at + " is required: the uuid of the card the user acted on."));
			return null;
		}
		if (card.asText().length() > MAX_CARD_UUID) {
			problems.add(new FeedbackProblem(at,
					at + " is longer than " + MAX_CARD_UUID + " characters; it must be the card's uuid."));
		}
		return card.asText();
	}

	private static CdsServiceFeebackOutcomeEnum outcome(JsonNode outcome, String at, List<FeedbackProblem> problems) {
		if (outcome.isMissingNode() || outcome.isNull()) {
			problems.add(new FeedbackProblem(at, at + " is required: \"accepted\" or \"overridden\"."));
			return null;
		}
		for (CdsServiceFeebackOutcomeEnum known : CdsServiceFeebackOutcomeEnum.values()) {
			if (outcome.isTextual() && known.name().equals(outcome.asText())) {
				return known;
			}
		}
		problems.add(new FeedbackProblem(at, at + " must be \"accepted\" or \"overridden\", not "
				+ ClientText.abbreviate(outcome.toString()) + "."));
		return null;
	}

	private static List<CdsServiceAcceptedSuggestionJson> acceptedSuggestions(JsonNode suggestions,
			CdsServiceFeebackOutcomeEnum outcome, String at, List<FeedbackProblem> problems) {
		if (suggestions.isMissingNode() || suggestions.isNull()) {
			if (outcome == CdsServiceFeebackOutcomeEnum.accepted) {
				problems.add(new FeedbackProblem(at, at + " is required when outcome is \"accepted\": the suggestions"
						+ " the user accepted, as [{\"id\": \"<suggestion uuid>\"}]."));
			}
			return null;
		}
		if (!suggestions.isArray() || (suggestions.isEmpty() && outcome == CdsServiceFeebackOutcomeEnum.accepted)) {
			problems
				.add(new FeedbackProblem(at, at + " must be a non-empty array of {\"id\": \"<suggestion uuid>\"}."));
			return null;
		}
		List<CdsServiceAcceptedSuggestionJson> accepted = new ArrayList<>();
		for (int index = 0; index < suggestions.size(); index++) {
			JsonNode id = suggestions.get(index).path("id");
			if (isText(id)) {
				accepted.add(new CdsServiceAcceptedSuggestionJson().setId(id.asText()));
			}
			else {
				String where = at + "[" + index + "].id";
				problems.add(new FeedbackProblem(where, where + " is required: the uuid of an accepted suggestion."));
			}
		}
		return accepted;
	}

	private static CdsServiceOverrideReasonJson overrideReason(JsonNode reason, String at,
			List<FeedbackProblem> problems) {
		if (reason.isMissingNode() || reason.isNull()) {
			return null;
		}
		if (!reason.isObject()) {
			problems.add(new FeedbackProblem(at, at + " must be a JSON object with reason (a Coding) or userComment."));
			return null;
		}
		JsonNode coding = reason.path("reason");
		JsonNode comment = reason.path("userComment");
		CdsServiceOverrideReasonJson parsed = new CdsServiceOverrideReasonJson();
		if (coding.isObject() && isText(coding.path("code"))) {
			parsed.setReason(new CdsServiceResponseCodingJson()
				.setSystem(coding.path("system").isTextual() ? coding.path("system").asText() : null)
				.setCode(coding.path("code").asText())
				.setDisplay(coding.path("display").isTextual() ? coding.path("display").asText() : null));
		}
		else if (!coding.isMissingNode() && !coding.isNull()) {
			problems.add(new FeedbackProblem(at + ".reason",
					at + ".reason must be a Coding with a code, one of the" + " card's overrideReasons."));
		}
		if (isText(comment)) {
			parsed.setUserComment(comment.asText());
		}
		else if (!comment.isMissingNode() && !comment.isNull() && !comment.isTextual()) {
			problems.add(new FeedbackProblem(at + ".userComment", at + ".userComment must be a string."));
		}
		if ((coding.isMissingNode() || coding.isNull()) && !isText(comment)) {
			problems.add(new FeedbackProblem(at, at + " needs a reason (one of the card's overrideReasons) or a"
					+ " userComment, or leave overrideReason out."));
		}
		return parsed;
	}

	private static String timestamp(JsonNode timestamp, String at, List<FeedbackProblem> problems) {
		if (!isText(timestamp)) {
			problems.add(new FeedbackProblem(at, at + " is required: when the user acted, as an ISO 8601 date-time"
					+ " with time zone, like \"2026-11-20T14:30:00Z\"."));
			return null;
		}
		try {
			OffsetDateTime.parse(timestamp.asText());
		}
		catch (DateTimeParseException e) {
			problems.add(new FeedbackProblem(at, at + " " + ClientText.abbreviate("\"" + timestamp.asText() + "\"")
					+ " is not an ISO 8601 date-time with time zone, like \"2026-11-20T14:30:00Z\"."));
		}
		return timestamp.asText();
	}

	private static boolean isText(JsonNode node) {
		return node.isTextual() && !node.asText().isBlank();
	}

}

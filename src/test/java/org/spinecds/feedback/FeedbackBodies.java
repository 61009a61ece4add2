package org.spinecds.feedback;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Feedback bodies shaped as CDS Hooks 2.0 sends them: {@code {"feedback": [...]}}. */
public final class FeedbackBodies {

	static final String OVERRIDE_REASONS = "http://spine-imaging-cds.example/fhir/CodeSystem/override-reason";

	private FeedbackBodies() {
	}

	public static String body(ObjectNode... items) {
		ObjectNode body = Http.JSON.createObjectNode();
		ArrayNode feedback = body.putArray("feedback");
		for (ObjectNode item : items) {
			feedback.add(item);
		}
		return body.toString();
	}

	public static ObjectNode accepted(String card, String suggestion, String timestamp) {
		ObjectNode item = Http.JSON.createObjectNode().put("card", card).put("outcome", "accepted");
		item.putArray("acceptedSuggestions").addObject().put("id", suggestion);
		return item.put("outcomeTimestamp", timestamp);
	}

	/** reasonCode or comment may be null, not both. */
	public static ObjectNode overridden(String card, String reasonCode, String comment, String timestamp) {
		ObjectNode item = Http.JSON.createObjectNode().put("card", card).put("outcome", "overridden");
		ObjectNode reason = item.putObject("overrideReason");
		if (reasonCode != null) {
			reason.putObject("reason")
				.put("system", OVERRIDE_REASONS)
				.put("code", reasonCode)
				.put("display", reasonCode);
		}
		if (comment != null) {
			reason.put("userComment", comment);
		}
		return item.put("outcomeTimestamp", timestamp);
	}

}

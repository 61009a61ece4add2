package org.spinecds.feedback;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceAcceptedSuggestionJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceFeedbackJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Identifies a feedback item by everything it says, so the same item sent again (a client
 * retrying after a timeout) is recognised. Timestamps are compared as instants: "+01:00"
 * and "Z" spellings of one moment are the same item.
 */
final class FeedbackItemKey {

	private FeedbackItemKey() {
	}

	static String of(String serviceId, CdsServiceFeedbackJson item, Instant outcomeTimestamp) {
		List<String> accepted = item.getAcceptedSuggestions() == null ? List.of()
				: item.getAcceptedSuggestions().stream().map(CdsServiceAcceptedSuggestionJson::getId).sorted().toList();
		String reasonSystem = null;
		String reasonCode = null;
		String comment = null;
		if (item.getOverrideReason() != null) {
			comment = item.getOverrideReason().getUserComment();
			if (item.getOverrideReason().getReason() != null) {
				reasonSystem = item.getOverrideReason().getReason().getSystem();
				reasonCode = item.getOverrideReason().getReason().getCode();
			}
		}
		return sha256(String.join("\u0000",
				List.of(serviceId, item.getCard(), item.getOutcome().name(), outcomeTimestamp.toString(),
						String.join(" ", accepted), Objects.toString(reasonSystem), Objects.toString(reasonCode),
						Objects.toString(comment))));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

}

package org.spinecds.patient;

import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestContextJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a prefetch template's tokens from the hook context (CDS Hooks 2.0, Prefetch
 * tokens).
 */
public final class PrefetchQuery {

	private static final Pattern TOKEN = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");

	private PrefetchQuery() {
	}

	/** The relative FHIR query, or empty when a token has no value in this context. */
	public static Optional<String> render(String template, CdsServiceRequestContextJson context) {
		Matcher matcher = TOKEN.matcher(template);
		StringBuilder query = new StringBuilder();
		while (matcher.find()) {
			Optional<String> value = tokenValue(matcher.group(1), context);
			if (value.isEmpty() || value.get().isBlank()) {
				return Optional.empty();
			}
			matcher.appendReplacement(query,
					Matcher.quoteReplacement(URLEncoder.encode(value.get(), StandardCharsets.UTF_8)));
		}
		matcher.appendTail(query);
		return Optional.of(query.toString());
	}

	private static Optional<String> tokenValue(String token, CdsServiceRequestContextJson context) {
		if (token.startsWith("context.")) {
			return stringField(context, token.substring("context.".length()));
		}
		return switch (token) {
			case "userPractitionerId" -> userIdOfType(context, "Practitioner");
			case "userPractitionerRoleId" -> userIdOfType(context, "PractitionerRole");
			case "userPatientId" -> userIdOfType(context, "Patient");
			case "userRelatedPersonId" -> userIdOfType(context, "RelatedPerson");
			default -> Optional.empty();
		};
	}

	private static Optional<String> userIdOfType(CdsServiceRequestContextJson context, String resourceType) {
		return stringField(context, "userId").filter(userId -> userId.startsWith(resourceType + "/"))
			.map(userId -> userId.substring(resourceType.length() + 1));
	}

	private static Optional<String> stringField(CdsServiceRequestContextJson context, String field) {
		return context != null && context.get(field) instanceof String value ? Optional.of(value) : Optional.empty();
	}

}

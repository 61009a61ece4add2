package org.spinecds.hooks;

import java.time.Instant;
import java.util.Map;
import org.spinecds.security.VerifiedCdsClient;

/**
 * What is known of a hook call before it is checked, read leniently from the raw body, so that refused calls can be
 * audited too.
 *
 * @param iss the issuer of the caller's JWT, when the security layer verified one
 */
record IncomingHookCall(
		Instant receivedAt, long startedNanos, String hook, String hookInstance, String patientId, String userId, String iss) {

	static IncomingHookCall of(Object body, VerifiedCdsClient client, Instant receivedAt, long startedNanos) {
		Map<?, ?> request = body instanceof Map<?, ?> map ? map : Map.of();
		Map<?, ?> context = request.get("context") instanceof Map<?, ?> map ? map : Map.of();
		return new IncomingHookCall(
				receivedAt,
				startedNanos,
				text(request.get("hook")),
				text(request.get("hookInstance")),
				text(context.get("patientId")),
				text(context.get("userId")),
				client == null ? null : client.issuer());
	}

	private static String text(Object value) {
		return value instanceof String text && !text.isBlank() ? text : null;
	}
}

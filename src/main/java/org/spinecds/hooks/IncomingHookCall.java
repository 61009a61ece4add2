package org.spinecds.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import org.spinecds.security.VerifiedCdsClient;

/**
 * What is known of a hook call before it is checked, read leniently from the raw body, so
 * that refused calls can be audited too.
 *
 * @param iss the issuer of the caller's JWT, when the security layer verified one
 */
record IncomingHookCall(Instant receivedAt, long startedNanos, String hook, String hookInstance, String patientId,
		String userId, String iss) {

	static IncomingHookCall of(JsonNode request, VerifiedCdsClient client, Instant receivedAt, long startedNanos) {
		JsonNode body = request == null ? MissingNode.getInstance() : request;
		return new IncomingHookCall(receivedAt, startedNanos, RequestEnvelope.text(body.path("hook")),
				RequestEnvelope.text(body.path("hookInstance")),
				RequestEnvelope.text(body.path("context").path("patientId")),
				RequestEnvelope.text(body.path("context").path("userId")), client == null ? null : client.issuer());
	}
}

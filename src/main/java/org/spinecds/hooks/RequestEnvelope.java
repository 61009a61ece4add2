package org.spinecds.hooks;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import org.spinecds.ClientText;

/**
 * Checks the CDS Hooks request envelope before HAPI deserializes it, so every client
 * mistake gets a message that says what to fix (HAPI's own checks answer only for hook,
 * hookInstance and context being absent).
 */
final class RequestEnvelope {

	private RequestEnvelope() {
	}

	static void check(OrderHook service, JsonNode request) {
		if (request == null || !request.isObject()) {
			throw new InvalidRequestException("The request body must be a JSON object (a CDS Hooks request).");
		}
		if (text(request.get("hookInstance")) == null) {
			throw new InvalidRequestException("hookInstance is required: a UUID string naming this hook call.");
		}
		String hook = text(request.get("hook"));
		if (hook == null) {
			throw new InvalidRequestException("hook is required: the name of the hook that fired.");
		}
		if (!service.hook().equals(hook)) {
			throw new InvalidRequestException("Service '" + service.serviceId() + "' answers hook '" + service.hook()
					+ "', but this request is for hook '" + ClientText.abbreviate(hook)
					+ "'. Call the service for that hook.");
		}
		if (request.get("context") == null || !request.get("context").isObject()) {
			throw new InvalidRequestException("context is required and must be a JSON object.");
		}
		JsonNode prefetch = request.get("prefetch");
		if (prefetch != null && !prefetch.isNull() && !prefetch.isObject()) {
			throw new InvalidRequestException("prefetch, when sent, must be a JSON object of prefetch keys.");
		}
	}

	/** A non-blank JSON string's value, else null. */
	static String text(JsonNode value) {
		return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
	}

}

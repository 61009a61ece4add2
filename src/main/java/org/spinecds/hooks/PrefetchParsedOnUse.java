package org.spinecds.hooks;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * A hook request whose prefetch values are parsed into FHIR resources when first read. A
 * call with no order in scope reads none of them, and an EHR sends the whole prefetch
 * with the call of every order, lumbar or not. A value that is not FHIR is refused (400)
 * when the call reads it.
 */
final class PrefetchParsedOnUse extends CdsServiceRequestJson {

	private final Map<String, JsonNode> unparsed = new HashMap<>();

	private final Function<JsonNode, IBaseResource> parser;

	PrefetchParsedOnUse(Function<JsonNode, IBaseResource> parser) {
		this.parser = parser;
	}

	synchronized void addUnparsedPrefetch(String key, JsonNode value) {
		// A place in HAPI's own (insertion-ordered) map, so the keys keep the order sent
		// when the value is parsed and put there later.
		super.addPrefetch(key, null);
		unparsed.put(key, value);
	}

	@Override
	public synchronized IBaseResource getPrefetch(String key) {
		JsonNode value = unparsed.get(key);
		if (value != null) {
			super.addPrefetch(key, parse(key, value));
			unparsed.remove(key);
		}
		return super.getPrefetch(key);
	}

	@Override
	public synchronized void addPrefetch(String key, IBaseResource resource) {
		unparsed.remove(key);
		super.addPrefetch(key, resource);
	}

	@Override
	public synchronized void removePrefetch(String key) {
		unparsed.remove(key);
		super.removePrefetch(key);
	}

	private IBaseResource parse(String key, JsonNode value) {
		try {
			return parser.apply(value);
		}
		catch (DataFormatException e) {
			// Thrown inside the service method: HAPI passes only its own exceptions on as
			// they are.
			throw new InvalidRequestException("Prefetch key '" + key
					+ "' is not valid FHIR R4 JSON: send a resource, a Bundle, or null for no data.");
		}
	}

}

package org.spinecds.hooks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsHooksExtension;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestAuthorizationJson;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestContextJson;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceJson;
import ca.uhn.hapi.fhir.cdshooks.serializer.CdsServiceRequestJsonDeserializer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Reads a CDS Hooks request into HAPI's model, building each embedded resource from the
 * request's JSON tree (the prefetch's when first read: {@link PrefetchParsedOnUse}).
 * HAPI's own deserializer converts the body to a tree, the tree to a map and back to
 * text, and parses {@code context.draftOrders} twice (once for a context it then throws
 * away): a third of a hook call's time in the benchmark's profile. Same result, same 400s
 * (for a prefetch value that is not FHIR, once the call reads it).
 */
final class SinglePassRequestDeserializer extends CdsServiceRequestJsonDeserializer {

	private final FhirContext fhirContext;

	private final IParserErrorHandler parserErrorHandler;

	private final ObjectMapper mapper;

	SinglePassRequestDeserializer(FhirContext fhirContext, IParserErrorHandler parserErrorHandler,
			ObjectMapper mapper) {
		super(fhirContext, mapper);
		this.fhirContext = fhirContext;
		this.parserErrorHandler = parserErrorHandler;
		this.mapper = mapper;
	}

	@Override
	public CdsServiceRequestJson deserialize(CdsServiceJson service, Object body) {
		JsonNode request = body instanceof JsonNode node ? node : mapper.convertValue(body, JsonNode.class);
		if (request == null || !request.path("context").isObject() || request.path("hook").isMissingNode()
				|| request.path("hookInstance").isMissingNode()) {
			return super.deserialize(service, body); // HAPI's own 400s for a missing
														// hook, hookInstance or context
		}
		try {
			PrefetchParsedOnUse parsed = new PrefetchParsedOnUse(this::resource);
			parsed.setHook(request.get("hook").asText())
				.setHookInstance(request.get("hookInstance").asText())
				.setFhirServer(request.hasNonNull("fhirServer") ? request.get("fhirServer").asText() : null);
			if (request.hasNonNull("fhirAuthorization")) {
				parsed.setServiceRequestAuthorizationJson(
						mapper.treeToValue(request.get("fhirAuthorization"), CdsServiceRequestAuthorizationJson.class));
			}
			parsed.setContext(context(request.get("context")));
			if (request.hasNonNull("prefetch")) {
				request.get("prefetch")
					.fields()
					.forEachRemaining(key -> parsed.addUnparsedPrefetch(key.getKey(), key.getValue()));
			}
			Class<? extends CdsHooksExtension> extensionClass = service.getExtensionClass();
			if (request.hasNonNull("extension") && extensionClass != null) {
				parsed.setExtension(mapper.treeToValue(request.get("extension"), extensionClass));
			}
			return parsed;
		}
		catch (JsonProcessingException | IllegalArgumentException e) {
			throw new InvalidRequestException("Invalid CdsServiceRequest received. " + e.getMessage());
		}
	}

	/**
	 * Objects are FHIR resources (draftOrders), the rest plain values, as in HAPI's
	 * context model.
	 */
	private CdsServiceRequestContextJson context(JsonNode context) {
		CdsServiceRequestContextJson parsed = new CdsServiceRequestContextJson();
		for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) context::fields) {
			JsonNode value = field.getValue();
			Object converted;
			if (value.isObject()) {
				converted = resource(value);
			}
			else if (value.isArray()) {
				converted = mapper.convertValue(value, List.class);
			}
			else {
				converted = mapper.convertValue(value, Object.class);
			}
			parsed.put(field.getKey(), converted);
		}
		return parsed;
	}

	private IBaseResource resource(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (!(value instanceof ObjectNode resource)) {
			throw new DataFormatException("A FHIR resource must be a JSON object, not " + value.getNodeType());
		}
		try {
			return TreeJsonParser.parse(fhirContext, parserErrorHandler, resource);
		}
		catch (DataFormatException e) {
			throw e;
		}
		catch (RuntimeException e) {
			// HAPI's parser can fail with a bare NullPointerException on some broken
			// Bundles: still the client's data.
			throw new DataFormatException("Unparseable FHIR resource", e);
		}
	}

}

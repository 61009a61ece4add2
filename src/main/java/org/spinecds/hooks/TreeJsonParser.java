package org.spinecds.hooks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.JsonParser;
import ca.uhn.fhir.parser.json.jackson.JacksonStructure;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Reader;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's JSON parser, reading a resource from the JSON tree the request body already is
 * instead of from text: the request was parsed once by Spring, and writing each embedded
 * resource back to text for HAPI to parse again was a second parse of every byte.
 * Everything after reading (the error handler, Bundle {@code fullUrl} ids) is HAPI's text
 * path unchanged; its {@code parseResource(JsonLikeStructure)} shortcut would overwrite a
 * draft order's id with a {@code urn:uuid} fullUrl.
 */
public final class TreeJsonParser extends JsonParser {

	private final ObjectNode tree;

	private TreeJsonParser(FhirContext fhirContext, IParserErrorHandler errorHandler, ObjectNode tree) {
		super(fhirContext, errorHandler);
		this.tree = tree;
	}

	public static IBaseResource parse(FhirContext fhirContext, IParserErrorHandler errorHandler, ObjectNode tree) {
		return new TreeJsonParser(fhirContext, errorHandler, tree).parseResource(Reader.nullReader());
	}

	@Override
	public <T extends IBaseResource> T doParseResource(Class<T> resourceType, Reader ignored) {
		JacksonStructure structure = new JacksonStructure();
		structure.setNativeObject(tree);
		return doParseResource(resourceType, structure);
	}

}

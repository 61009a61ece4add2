package org.spinecds.hooks;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Writes embedded FHIR resources (suggestion and system action resources) as compact FHIR
 * JSON, with a parser per use. HAPI's own serializer pretty-prints and shares one parser
 * between request threads.
 */
final class CompactFhirResourceSerializer extends StdSerializer<IBaseResource> {

	private final FhirContext fhirContext;

	CompactFhirResourceSerializer(FhirContext fhirContext) {
		super(IBaseResource.class);
		this.fhirContext = fhirContext;
	}

	@Override
	public void serialize(IBaseResource resource, JsonGenerator generator, SerializerProvider provider)
			throws IOException {
		generator.writeRawValue(fhirContext.newJsonParser().encodeResourceToString(resource));
	}

}

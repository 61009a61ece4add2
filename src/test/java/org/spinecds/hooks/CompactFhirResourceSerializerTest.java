package org.spinecds.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.spinecds.FhirContextConfig;

/**
 * Embedded resources are written as compact FHIR JSON, and what the EHR sent as contained
 * stays contained.
 */
class CompactFhirResourceSerializerTest {

	private static final FhirContext FHIR = new FhirContextConfig().fhirContext();

	private final ObjectMapper mapper = new ObjectMapper()
		.registerModule(new SimpleModule().addSerializer(IBaseResource.class, new CompactFhirResourceSerializer(FHIR)));

	@Test
	void draftOrderWithContainedRequesterKeepsItAndItsLocalReference() throws Exception {
		ServiceRequest order = FHIR.newJsonParser().parseResource(ServiceRequest.class, """
				{"resourceType": "ServiceRequest", "id": "order-1", "status": "draft", "intent": "order",
				 "contained": [{"resourceType": "Practitioner", "id": "orderer", "name": [{"family": "Example"}]}],
				 "subject": {"reference": "Patient/p1"},
				 "requester": {"reference": "#orderer"},
				 "code": {"text": "MRI lumbar spine"}}""");

		JsonNode written = mapper.readTree(mapper.writeValueAsString(order.copy()));

		assertThat(written.path("contained")).hasSize(1);
		assertThat(written.path("contained").get(0).path("id").asText()).isEqualTo("orderer");
		assertThat(written.path("requester").path("reference").asText()).isEqualTo("#orderer");
		assertThat(written.path("subject").path("reference").asText()).isEqualTo("Patient/p1");
	}

	@Test
	void writesOneLineOfJson() throws Exception {
		ServiceRequest order = new ServiceRequest();
		order.setId("order-2");
		order.getCode().setText("MRI lumbar spine");

		String written = mapper.writeValueAsString(order);

		assertThat(written).doesNotContain("\n").contains("\"resourceType\":\"ServiceRequest\"");
	}

}

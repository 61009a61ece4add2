package org.spinecds.guideline;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * A draft imaging order recognised as lumbar spine imaging, with the coding that placed
 * it in its category.
 */
public record OrderedStudy(ServiceRequest order, StudyCategory category, Coding matchedCode) {

	public String reference() {
		return "ServiceRequest/" + order.getIdElement().getIdPart();
	}
}

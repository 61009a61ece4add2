package org.spinecds.patient;

import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;

/**
 * The patient data this service reads, with the prefetch template it publishes at discovery. A required key that is
 * neither prefetched nor fetchable makes the hook answer 412 (CDS Hooks 2.0, Prefetch Template).
 */
public enum PrefetchKey {
	PATIENT("patient", "Patient/{{context.patientId}}", Patient.class, false),
	CONDITIONS("conditions", "Condition?patient={{context.patientId}}", Condition.class, true),
	PROCEDURES("procedures", "Procedure?patient={{context.patientId}}", Procedure.class, true);

	private final String key;
	private final String template;
	private final Class<? extends Resource> resourceType;
	private final boolean required;

	PrefetchKey(String key, String template, Class<? extends Resource> resourceType, boolean required) {
		this.key = key;
		this.template = template;
		this.resourceType = resourceType;
		this.required = required;
	}

	public String key() {
		return key;
	}

	public String template() {
		return template;
	}

	public Class<? extends Resource> resourceType() {
		return resourceType;
	}

	public boolean required() {
		return required;
	}
}

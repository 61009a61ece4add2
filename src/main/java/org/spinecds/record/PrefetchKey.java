package org.spinecds.record;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;

/**
 * The patient data this service reads. A required key that is neither prefetched nor
 * fetchable makes the hook answer 412 (CDS Hooks 2.0, Prefetch Template); an optional one
 * only shows on the card as "not checked". The published templates are in the patient
 * package's PrefetchTemplates.
 */
public enum PrefetchKey {

	PATIENT("patient", "Patient/{{context.patientId}}", Patient.class, false, "the patient's record"),
	CONDITIONS("conditions", "Condition?patient={{context.patientId}}", Condition.class, true, "conditions"),
	PROCEDURES("procedures", "Procedure?patient={{context.patientId}}", Procedure.class, true, "procedures"),
	OBSERVATIONS("observations", "Observation?patient={{context.patientId}}", Observation.class, false,
			"kidney function (eGFR) and pregnancy status results"),
	ALLERGIES("allergies", "AllergyIntolerance?patient={{context.patientId}}", AllergyIntolerance.class, false,
			"allergies"),
	DEVICES("devices", "Device?patient={{context.patientId}}", Device.class, false, "implanted devices"),
	MEDICATIONS("medications", "MedicationRequest?patient={{context.patientId}}", MedicationRequest.class, false,
			"medications (long-term steroids, immunosuppressants)");

	private final String key;

	private final String baseQuery;

	private final Class<? extends Resource> resourceType;

	private final boolean required;

	private final String description;

	PrefetchKey(String key, String baseQuery, Class<? extends Resource> resourceType, boolean required,
			String description) {
		this.key = key;
		this.baseQuery = baseQuery;
		this.resourceType = resourceType;
		this.required = required;
		this.description = description;
	}

	public String key() {
		return key;
	}

	/**
	 * The query without code filters; the patient package's PrefetchTemplates adds those.
	 */
	public String baseQuery() {
		return baseQuery;
	}

	public Class<? extends Resource> resourceType() {
		return resourceType;
	}

	public boolean required() {
		return required;
	}

	/** What the data is, in words for a clinician ("allergies"). */
	public String description() {
		return description;
	}

}

package org.spinecds.guideline.evidence;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;

/**
 * The patient's resources a topic's rules read (the record's lists, whatever package
 * assembles them). {@code medicationsObtained}: false when the medication list could not
 * be had, so a missing steroid is "not checked", not "none".
 */
public record PatientFacts(Optional<Patient> patient, List<Condition> conditions, List<Procedure> procedures,
		List<MedicationRequest> medications, boolean medicationsObtained) {

	public PatientFacts {
		conditions = List.copyOf(conditions);
		procedures = List.copyOf(procedures);
		medications = List.copyOf(medications);
	}

	public static PatientFacts of(List<Condition> conditions, List<Procedure> procedures) {
		return new PatientFacts(Optional.empty(), conditions, procedures, List.of(), true);
	}

	/** The kinds of record data a rule reads (its data needs). */
	public enum Need {

		PATIENT, CONDITIONS, PROCEDURES, MEDICATIONS

	}

	public static Set<Need> all() {
		return Set.of(Need.values());
	}

}

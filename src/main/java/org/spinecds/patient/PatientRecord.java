package org.spinecds.patient;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;

/**
 * Everything the guideline may look at for one patient, already assembled from prefetch (and, where needed, the EHR's
 * FHIR server). {@code notObtained} names the optional keys that could not be had, so cards can say what was not
 * checked.
 */
public record PatientRecord(
		String patientId,
		Optional<Patient> patient,
		List<Condition> conditions,
		List<Procedure> procedures,
		Set<PrefetchKey> notObtained) {

	public PatientRecord {
		conditions = List.copyOf(conditions);
		procedures = List.copyOf(procedures);
		notObtained = Set.copyOf(notObtained);
	}
}

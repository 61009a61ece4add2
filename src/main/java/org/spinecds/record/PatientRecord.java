package org.spinecds.record;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;

/**
 * Everything the guideline may look at for one patient, already assembled from prefetch
 * (and, where needed, the EHR's FHIR server). {@code notObtained} names the optional keys
 * that could not be had, so cards can say what was not checked.
 */
public record PatientRecord(String patientId, Optional<Patient> patient, List<Condition> conditions,
		List<Procedure> procedures, List<Observation> observations, List<AllergyIntolerance> allergies,
		List<Device> devices, List<MedicationRequest> medications, Set<PrefetchKey> notObtained) {

	public PatientRecord {
		conditions = List.copyOf(conditions);
		procedures = List.copyOf(procedures);
		observations = List.copyOf(observations);
		allergies = List.copyOf(allergies);
		devices = List.copyOf(devices);
		medications = List.copyOf(medications);
		notObtained = Set.copyOf(notObtained);
	}

	/**
	 * A record with only conditions and procedures, every other key obtained and empty
	 * (for tests and benchmarks).
	 */
	public static PatientRecord of(String patientId, List<Condition> conditions, List<Procedure> procedures) {
		return new PatientRecord(patientId, Optional.empty(), conditions, procedures, List.of(), List.of(), List.of(),
				List.of(), Set.of());
	}
}

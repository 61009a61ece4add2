package org.spinecds.guideline.evidence;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;
import org.hl7.fhir.r4.model.Patient;

/**
 * Age in whole years from Patient.birthDate. A birth date given only as a year or month
 * counts from its last day (the youngest the patient can be).
 */
public final class PatientAge {

	private PatientAge() {
	}

	public static OptionalInt of(Optional<Patient> patient, LocalDate today) {
		if (patient.isEmpty() || !patient.get().hasBirthDateElement()) {
			return OptionalInt.empty();
		}
		Optional<DateSpan> born = DateSpan.of(patient.get().getBirthDateElement());
		if (born.isEmpty() || born.get().latest().isAfter(today)) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(Period.between(born.get().latest(), today).getYears());
	}

}

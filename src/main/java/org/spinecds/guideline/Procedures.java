package org.spinecds.guideline;

import java.util.Optional;
import org.hl7.fhir.r4.model.Procedure;

/** When a Procedure was performed, from performedDateTime or performedPeriod. */
final class Procedures {

	private Procedures() {
	}

	static Optional<DateSpan> performed(Procedure procedure) {
		if (procedure.hasPerformedDateTimeType()) {
			return DateSpan.of(procedure.getPerformedDateTimeType());
		}
		if (procedure.hasPerformedPeriod()) {
			return DateSpan.of(procedure.getPerformedPeriod());
		}
		return Optional.empty();
	}

}

package org.spinecds.guideline.evidence;

import java.util.Optional;
import org.hl7.fhir.r4.model.Procedure;

/** When a Procedure was performed, from performedDateTime or performedPeriod. */
public final class Procedures {

	private Procedures() {
	}

	public static Optional<DateSpan> performed(Procedure procedure) {
		if (procedure.hasPerformedDateTimeType()) {
			return DateSpan.of(procedure.getPerformedDateTimeType());
		}
		if (procedure.hasPerformedPeriod()) {
			return DateSpan.of(procedure.getPerformedPeriod());
		}
		return Optional.empty();
	}

}

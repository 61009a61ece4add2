package org.spinecds.guideline.evidence;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Period;

/**
 * A clinical date as precise as the record made it: "2024" spans the whole year,
 * "2024-05" the month. Rules compare spans so that a partial date never looks more
 * certain than it is.
 */
public record DateSpan(LocalDate earliest, LocalDate latest, String text) {

	public static Optional<DateSpan> of(BaseDateTimeType date) {
		if (date == null || date.getValue() == null) {
			return Optional.empty();
		}
		LocalDate start = LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
		TemporalPrecisionEnum precision = date.getPrecision();
		return Optional.of(switch (precision) {
			case YEAR -> new DateSpan(start.withDayOfYear(1), start.with(TemporalAdjusters.lastDayOfYear()),
					"%04d".formatted(start.getYear()));
			case MONTH -> new DateSpan(start.withDayOfMonth(1), start.with(TemporalAdjusters.lastDayOfMonth()),
					start.toString().substring(0, 7));
			default -> new DateSpan(start, start, start.toString());
		});
	}

	public static Optional<DateSpan> of(Period period) {
		if (period == null || period.isEmpty()) {
			return Optional.empty();
		}
		Optional<DateSpan> start = of(period.getStartElement());
		Optional<DateSpan> end = of(period.getEndElement());
		if (start.isEmpty() || end.isEmpty()) {
			return start.isPresent() ? start : end;
		}
		return Optional.of(new DateSpan(start.get().earliest(), end.get().latest(), start.get().text()));
	}

	/** True only when this span ends before the other one starts. */
	public boolean entirelyBefore(DateSpan other) {
		return latest.isBefore(other.earliest);
	}
}

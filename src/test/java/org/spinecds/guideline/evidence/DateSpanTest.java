package org.spinecds.guideline.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.guideline.Evidence.span;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.Test;

class DateSpanTest {

	@Test
	void dayPrecisionSpansOneDay() {
		DateSpan span = span("2026-11-10");

		assertThat(span).isEqualTo(new DateSpan(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 10), "2026-11-10"));
	}

	@Test
	void dateTypeWithDayPrecisionSpansOneDay() {
		DateSpan span = DateSpan.of(new DateType("2026-11-10")).orElseThrow();

		assertThat(span.earliest()).isEqualTo(LocalDate.of(2026, 11, 10));
		assertThat(span.latest()).isEqualTo(LocalDate.of(2026, 11, 10));
	}

	@Test
	void dateTimeIsReadAsTheCalendarDayOfItsOwnTimeZone() {
		DateSpan late = span("2026-11-10T23:30:00-05:00");
		DateSpan early = span("2026-11-10T00:30:00+09:00");

		assertThat(late).isEqualTo(new DateSpan(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 10), "2026-11-10"));
		assertThat(early).isEqualTo(new DateSpan(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 10), "2026-11-10"));
	}

	@Test
	void monthPrecisionSpansTheWholeMonth() {
		assertThat(span("2026-02"))
			.isEqualTo(new DateSpan(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), "2026-02"));
		assertThat(span("2024-02"))
			.isEqualTo(new DateSpan(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), "2024-02"));
	}

	@Test
	void yearPrecisionSpansTheWholeYear() {
		assertThat(span("2025")).isEqualTo(new DateSpan(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "2025"));
	}

	@Test
	void missingDateIsNoSpan() {
		assertThat(DateSpan.of((DateTimeType) null)).isEmpty();
		assertThat(DateSpan.of(new DateTimeType())).isEmpty();
		assertThat(DateSpan.of((Period) null)).isEmpty();
		assertThat(DateSpan.of(new Period())).isEmpty();
	}

	@Test
	void periodWithStartOnlySpansTheStart() {
		Period period = new Period().setStartElement(new DateTimeType("2024-05-14T08:00:00Z"));

		assertThat(DateSpan.of(period))
			.contains(new DateSpan(LocalDate.of(2024, 5, 14), LocalDate.of(2024, 5, 14), "2024-05-14"));
	}

	@Test
	void periodWithEndOnlySpansTheEnd() {
		Period period = new Period().setEndElement(new DateTimeType("2024-05"));

		assertThat(DateSpan.of(period))
			.contains(new DateSpan(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31), "2024-05"));
	}

	@Test
	void periodWithStartAndEndSpansFromStartToEndAndReadsAsItsStart() {
		Period period = new Period().setStartElement(new DateTimeType("2024-05-14T08:00:00Z"))
			.setEndElement(new DateTimeType("2024-05-16T12:30:00Z"));

		assertThat(DateSpan.of(period))
			.contains(new DateSpan(LocalDate.of(2024, 5, 14), LocalDate.of(2024, 5, 16), "2024-05-14"));
	}

	@Test
	void dayBeforeIsEntirelyBefore() {
		assertThat(span("2026-11-02").entirelyBefore(span("2026-11-03"))).isTrue();
	}

	@Test
	void sameDayIsNotBefore() {
		assertThat(span("2026-11-03").entirelyBefore(span("2026-11-03"))).isFalse();
	}

	@Test
	void laterDayIsNotBefore() {
		assertThat(span("2026-11-04").entirelyBefore(span("2026-11-03"))).isFalse();
	}

	@Test
	void monthContainingTheOtherDayIsNotBeforeIt() {
		assertThat(span("2026-11").entirelyBefore(span("2026-11-03"))).isFalse();
		assertThat(span("2026-11-03").entirelyBefore(span("2026-11"))).isFalse();
	}

	@Test
	void monthEndingTheDayBeforeIsBefore() {
		assertThat(span("2026-10").entirelyBefore(span("2026-11-01"))).isTrue();
		assertThat(span("2025").entirelyBefore(span("2026-01-01"))).isTrue();
		assertThat(span("2025-12-31").entirelyBefore(span("2026"))).isTrue();
	}

}

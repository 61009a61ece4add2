package org.spinecds.guideline.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.junit.jupiter.api.Test;

class EpisodeTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private static Finding pain(String started) {
		return Finding.coded(Criterion.LOW_BACK_PAIN, EvidenceSource.CONDITION,
				new Coding("http://snomed.info/sct", "279039007", "Low back pain"),
				DateSpan.of(new DateTimeType(started)), false, Optional.of("Condition/lbp"));
	}

	private static Episode episode(Finding... findings) {
		return Episode.of(List.of(findings), finding -> false, 85, Period.ofMonths(6), TODAY);
	}

	@Test
	void aMonthOnlyOnsetCountsFromTheMonthsLastDay() {
		// 2026-10 ends on 2026-10-31: 20 days, not 50
		assertThat(episode(pain("2026-10")).days()).hasValue(20);
	}

	@Test
	void conditionsLessThanTheGapApartAreOneEpisode() {
		assertThat(episode(pain("2026-03-01"), pain("2026-07-01")).start().orElseThrow().text())
			.isEqualTo("2026-03-01");
		assertThat(episode(pain("2025-10-01"), pain("2026-07-01")).start().orElseThrow().text())
			.isEqualTo("2026-07-01");
	}

	@Test
	void anOnsetAfterTodayIsNotTheEpisode() {
		assertThat(episode(pain("2026-12-01")).known()).isFalse();
	}

	@Test
	void withoutADateAChronicCodeGivesAtLeastItsDaysAndOtherwiseNothingIsKnown() {
		Finding undated = Finding.coded(Criterion.LOW_BACK_PAIN, EvidenceSource.ORDER_REASON,
				new Coding("http://snomed.info/sct", "278860009", "Chronic low back pain"), Optional.empty(), false,
				Optional.empty());
		assertThat(Episode.of(List.of(undated), finding -> true, 85, Period.ofMonths(6), TODAY).days()).hasValue(85);
		assertThat(Episode.of(List.of(undated), finding -> false, 85, Period.ofMonths(6), TODAY).known()).isFalse();
		assertThat(Episode.of(List.of(undated), finding -> false, finding -> true, 85, Period.ofMonths(6), TODAY)
			.acuteByCode()).isTrue();
	}

}

package org.spinecds.guideline;

import org.spinecds.guideline.evidence.SurgeryEvidence;
import org.spinecds.guideline.evidence.FootDropEvidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.guideline.Evidence.footDrop;
import static org.spinecds.guideline.Evidence.surgery;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * EMERGENT within 30 days of surgery, URGENT otherwise; and which foot drop the card
 * cites.
 */
class PostOperativeFootDropUrgencyTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private final PostOperativeFootDropRule rule = new PostOperativeFootDropRule();

	private PostOperativeFootDrop evaluate(FootDropEvidence footDrop, SurgeryEvidence surgery) {
		return rule.evaluate(List.of(footDrop), List.of(surgery), TODAY).orElseThrow();
	}

	private PostOperativeFootDrop onsetAfterSurgery(String onset, String surgery) {
		return evaluate(footDrop().onset(onset).build(), surgery().performed(surgery).build());
	}

	@Test
	void onsetExactly30DaysAfterSurgeryIsEmergent() {
		PostOperativeFootDrop found = onsetAfterSurgery("2026-10-31", "2026-10-01");

		assertThat(found.urgency()).isEqualTo(Urgency.EMERGENT);
		assertThat(found.daysFromSurgeryToOnset()).hasValue(30);
	}

	@Test
	void onset31DaysAfterSurgeryIsUrgent() {
		PostOperativeFootDrop found = onsetAfterSurgery("2026-11-01", "2026-10-01");

		assertThat(found.urgency()).isEqualTo(Urgency.URGENT);
		assertThat(found.daysFromSurgeryToOnset()).hasValue(31);
	}

	@Test
	void onsetOnTheDayOfSurgeryIsEmergentWithZeroDays() {
		PostOperativeFootDrop found = onsetAfterSurgery("2026-11-03", "2026-11-03");

		assertThat(found.urgency()).isEqualTo(Urgency.EMERGENT);
		assertThat(found.daysFromSurgeryToOnset()).hasValue(0);
	}

	@Test
	void onsetLongAfterSurgeryIsUrgent() {
		PostOperativeFootDrop found = onsetAfterSurgery("2026-09-15", "2025-03-10");

		assertThat(found.urgency()).isEqualTo(Urgency.URGENT);
		assertThat(found.daysFromSurgeryToOnset()).hasValue(554);
	}

	@Test
	void unknownOnsetAndSurgery30DaysAgoIsEmergent() {
		PostOperativeFootDrop found = evaluate(footDrop().build(), surgery().performed("2026-10-21").build());

		assertThat(found.urgency()).isEqualTo(Urgency.EMERGENT);
		assertThat(found.daysFromSurgeryToOnset()).isEmpty();
	}

	@Test
	void unknownOnsetAndSurgery31DaysAgoIsUrgent() {
		PostOperativeFootDrop found = evaluate(footDrop().build(), surgery().performed("2026-10-20").build());

		assertThat(found.urgency()).isEqualTo(Urgency.URGENT);
		assertThat(found.daysFromSurgeryToOnset()).isEmpty();
	}

	@Test
	void footDropFromTheOrderReasonAfterRecentSurgeryIsEmergent() {
		PostOperativeFootDrop found = evaluate(footDrop().fromOrder("ServiceRequest/sr-1").build(),
				surgery().performed("2026-11-13").build());

		assertThat(found.urgency()).isEqualTo(Urgency.EMERGENT);
		assertThat(found.daysFromSurgeryToOnset()).isEmpty();
	}

	@Test
	void onlyARecordedDateCountsAsUnknownOnset() {
		PostOperativeFootDrop found = evaluate(footDrop().recorded("2026-11-19").build(),
				surgery().performed("2026-10-01").build());

		assertThat(found.urgency()).isEqualTo(Urgency.URGENT);
		assertThat(found.daysFromSurgeryToOnset()).isEmpty();
	}

	@Test
	void undatedSurgeryIsUrgent() {
		PostOperativeFootDrop found = evaluate(footDrop().onset("2026-11-18").build(),
				surgery().fromCondition("Condition/plss").build());

		assertThat(found.urgency()).isEqualTo(Urgency.URGENT);
		assertThat(found.daysFromSurgeryToOnset()).isEmpty();
		assertThat(found.surgery().reference()).isEqualTo("Condition/plss");
	}

	@Test
	void recurrenceIsTimedFromTheSurgeryNotFromItsOldOnset() {
		FootDropEvidence recurrence = footDrop().onset("2026-01-10").recurrence().build();

		PostOperativeFootDrop recent = evaluate(recurrence, surgery().performed("2026-11-03").build());
		PostOperativeFootDrop longAgo = evaluate(recurrence, surgery().performed("2026-03-01").build());

		assertThat(recent.urgency()).isEqualTo(Urgency.EMERGENT);
		assertThat(recent.daysFromSurgeryToOnset()).isEmpty();
		assertThat(longAgo.urgency()).isEqualTo(Urgency.URGENT);
		assertThat(longAgo.daysFromSurgeryToOnset()).isEmpty();
	}

	@Test
	void onsetMonthThatMayFallWithin30DaysIsEmergentWithoutAnExactDayCount() {
		PostOperativeFootDrop found = onsetAfterSurgery("2026-11", "2026-10-03");

		assertThat(found.urgency()).isEqualTo(Urgency.EMERGENT);
		assertThat(found.daysFromSurgeryToOnset()).isEmpty();
	}

	@Test
	void onsetMonthOverlappingTheSurgeryGivesNoDayCount() {
		PostOperativeFootDrop found = onsetAfterSurgery("2026-11", "2026-11-03");

		assertThat(found.urgency()).isEqualTo(Urgency.EMERGENT);
		assertThat(found.daysFromSurgeryToOnset()).isEmpty();
	}

	@Test
	void surgeryMonthIsComparedByItsLastDay() {
		PostOperativeFootDrop within = onsetAfterSurgery("2026-11-15", "2026-10");
		PostOperativeFootDrop after = onsetAfterSurgery("2026-12-01", "2026-10");

		assertThat(within.urgency()).isEqualTo(Urgency.EMERGENT);
		assertThat(within.daysFromSurgeryToOnset()).isEmpty();
		assertThat(after.urgency()).isEqualTo(Urgency.URGENT);
	}

	@Test
	void unknownOnsetAfterASurgeryMonthIsEmergentOnlyWhenTheWholeMonthIsWithin30Days() {
		PostOperativeFootDrop thisMonth = evaluate(footDrop().build(), surgery().performed("2026-11").build());
		PostOperativeFootDrop lastMonth = evaluate(footDrop().build(), surgery().performed("2026-10").build());

		assertThat(thisMonth.urgency()).isEqualTo(Urgency.EMERGENT);
		assertThat(lastMonth.urgency()).isEqualTo(Urgency.URGENT);
	}

	@Test
	void whenTwoFootDropsQualifyTheEmergentOneIsCitedAndBothAreListed() {
		SurgeryEvidence surgery = surgery().performed("2026-10-01").build();
		FootDropEvidence late = footDrop().reference("Condition/late").onset("2026-11-15").build();
		FootDropEvidence early = footDrop().reference("Condition/early").onset("2026-10-05").build();

		PostOperativeFootDrop found = rule.evaluate(List.of(late, early), List.of(surgery), TODAY).orElseThrow();

		assertThat(found.footDrop()).isEqualTo(early);
		assertThat(found.urgency()).isEqualTo(Urgency.EMERGENT);
		assertThat(found.daysFromSurgeryToOnset()).hasValue(4);
		assertThat(found.allFootDrop()).containsExactly(late, early);
	}

	@Test
	void atTheSameUrgencyAConditionIsCitedBeforeTheOrderReason() {
		SurgeryEvidence surgery = surgery().performed("2025-03-10").build();
		FootDropEvidence reason = footDrop().fromOrder("ServiceRequest/sr-1").build();
		FootDropEvidence condition = footDrop().reference("Condition/fd").onset("2026-09-15").build();

		PostOperativeFootDrop found = rule.evaluate(List.of(reason, condition), List.of(surgery), TODAY).orElseThrow();

		assertThat(found.footDrop()).isEqualTo(condition);
		assertThat(found.urgency()).isEqualTo(Urgency.URGENT);
		assertThat(found.allFootDrop()).containsExactly(reason, condition);
	}

	@Test
	void hardwareIsOnRecordWhenAnyPriorSurgeryLeftHardware() {
		FootDropEvidence footDrop = footDrop().onset("2026-11-10").build();
		SurgeryEvidence fusion = surgery().reference("Procedure/fusion").performed("2024-05-14").hardware().build();
		SurgeryEvidence discectomy = surgery().performed("2026-11-03").build();

		assertThat(
				rule.evaluate(List.of(footDrop), List.of(fusion, discectomy), TODAY).orElseThrow().hardwareOnRecord())
			.isTrue();
		assertThat(rule.evaluate(List.of(footDrop), List.of(discectomy), TODAY).orElseThrow().hardwareOnRecord())
			.isFalse();
	}

}

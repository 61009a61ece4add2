package org.spinecds.guideline;

import org.spinecds.guideline.evidence.SurgeryEvidence;
import org.spinecds.guideline.evidence.FootDropEvidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.guideline.Evidence.footDrop;
import static org.spinecds.guideline.Evidence.surgery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * When the rule applies at all: foot drop, prior lumbar surgery, and the foot drop new
 * since that surgery.
 */
class PostOperativeFootDropNewnessTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private final PostOperativeFootDropRule rule = new PostOperativeFootDropRule();

	private final SurgeryEvidence surgeryNov3 = surgery().performed("2026-11-03").build();

	private Optional<PostOperativeFootDrop> evaluate(FootDropEvidence footDrop, SurgeryEvidence... surgeries) {
		return rule.evaluate(List.of(footDrop), List.of(surgeries), TODAY);
	}

	@Test
	void noFootDropGivesNothing() {
		assertThat(rule.evaluate(List.of(), List.of(surgeryNov3), TODAY)).isEmpty();
	}

	@Test
	void noSurgeryGivesNothing() {
		assertThat(rule.evaluate(List.of(footDrop().onset("2026-11-10").build()), List.of(), TODAY)).isEmpty();
	}

	@Test
	void footDropAfterSurgeryIsNew() {
		FootDropEvidence footDrop = footDrop().onset("2026-11-10").build();

		assertThat(evaluate(footDrop, surgeryNov3)).hasValueSatisfying(found -> {
			assertThat(found.footDrop()).isEqualTo(footDrop);
			assertThat(found.surgery()).isEqualTo(surgeryNov3);
			assertThat(found.allFootDrop()).containsExactly(footDrop);
			assertThat(found.allSurgery()).containsExactly(surgeryNov3);
		});
	}

	@Test
	void footDropBeforeSurgeryIsNotNew() {
		assertThat(evaluate(footDrop().onset("2026-11-02").build(), surgeryNov3)).isEmpty();
	}

	@Test
	void footDropOnTheDayOfSurgeryIsNew() {
		assertThat(evaluate(footDrop().onset("2026-11-03").build(), surgeryNov3)).isPresent();
	}

	@Test
	void footDropBeforeSurgeryMarkedRecurrenceIsNew() {
		assertThat(evaluate(footDrop().onset("2026-10-01").recurrence().build(), surgeryNov3)).isPresent();
	}

	@Test
	void footDropRecordedBeforeSurgeryWithoutOnsetIsNotNew() {
		assertThat(evaluate(footDrop().recorded("2026-11-01").build(), surgeryNov3)).isEmpty();
	}

	@Test
	void footDropRecordedAfterSurgeryWithoutOnsetIsNew() {
		assertThat(evaluate(footDrop().recorded("2026-11-12").build(), surgeryNov3)).isPresent();
	}

	@Test
	void onsetBeforeSurgeryWinsOverALaterRecordedDate() {
		assertThat(evaluate(footDrop().onset("2026-10-01").recorded("2026-11-12").build(), surgeryNov3)).isEmpty();
	}

	@Test
	void footDropWithUnknownOnsetIsNew() {
		assertThat(evaluate(footDrop().build(), surgeryNov3)).isPresent();
	}

	@Test
	void footDropFromTheOrderReasonIsNew() {
		assertThat(evaluate(footDrop().fromOrder("ServiceRequest/sr-1").build(), surgeryNov3)).isPresent();
	}

	@Test
	void footDropBeforeAnUndatedSurgeryIsNew() {
		SurgeryEvidence undated = surgery().fromCondition("Condition/plss").build();

		assertThat(evaluate(footDrop().onset("2020-01-01").build(), undated)).isPresent();
	}

	@Test
	void surgeryDatedAfterTodayIsNotPrior() {
		SurgeryEvidence scheduled = surgery().performed("2026-11-21").build();

		assertThat(evaluate(footDrop().onset("2026-11-10").build(), scheduled)).isEmpty();
	}

	@Test
	void surgeryDatedTodayIsPrior() {
		assertThat(evaluate(footDrop().onset("2026-11-20").build(), surgery().performed("2026-11-20").build()))
			.isPresent();
	}

	@Test
	void surgeryAfterTodayIsLeftOutOfTheFindings() {
		SurgeryEvidence scheduled = surgery().reference("Procedure/scheduled").performed("2026-12-01").build();

		assertThat(evaluate(footDrop().onset("2026-11-10").build(), scheduled, surgeryNov3))
			.hasValueSatisfying(found -> {
				assertThat(found.surgery()).isEqualTo(surgeryNov3);
				assertThat(found.allSurgery()).containsExactly(surgeryNov3);
			});
	}

	@Test
	void footDropBetweenTwoSurgeriesIsNotNew() {
		SurgeryEvidence earlier = surgery().reference("Procedure/earlier").performed("2025-03-10").build();

		assertThat(evaluate(footDrop().onset("2026-06-01").build(), surgeryNov3, earlier)).isEmpty();
		assertThat(evaluate(footDrop().onset("2026-06-01").build(), earlier, surgeryNov3)).isEmpty();
	}

	@Test
	void mostRecentSurgeryIsTheOneCitedAndAllPriorSurgeryIsListed() {
		SurgeryEvidence earlier = surgery().reference("Procedure/earlier").performed("2025-03-10").build();
		SurgeryEvidence undated = surgery().fromCondition("Condition/plss").build();

		assertThat(evaluate(footDrop().onset("2026-11-10").build(), undated, surgeryNov3, earlier))
			.hasValueSatisfying(found -> {
				assertThat(found.surgery()).isEqualTo(surgeryNov3);
				assertThat(found.allSurgery()).containsExactly(undated, surgeryNov3, earlier);
			});
	}

	@Test
	void onsetMonthOverlappingTheSurgeryDayMayBeNew() {
		assertThat(evaluate(footDrop().onset("2026-11").build(), surgeryNov3)).isPresent();
	}

	@Test
	void onsetMonthBeforeTheSurgeryMonthIsNotNew() {
		assertThat(evaluate(footDrop().onset("2026-10").build(), surgeryNov3)).isEmpty();
	}

	@Test
	void onsetDayBeforeASurgeryMonthIsNotNewButInsideItMayBe() {
		SurgeryEvidence novemberSurgery = surgery().performed("2026-11").build();

		assertThat(evaluate(footDrop().onset("2026-10-31").build(), novemberSurgery)).isEmpty();
		assertThat(evaluate(footDrop().onset("2026-11-01").build(), novemberSurgery)).isPresent();
	}

	@Test
	void footDropThatIsNotNewIsLeftOutWhileANewOneQualifies() {
		FootDropEvidence old = footDrop().reference("Condition/old").onset("2026-01-05").build();
		FootDropEvidence fresh = footDrop().reference("Condition/fresh").onset("2026-11-10").build();

		assertThat(rule.evaluate(List.of(old, fresh), List.of(surgeryNov3), TODAY)).hasValueSatisfying(found -> {
			assertThat(found.footDrop()).isEqualTo(fresh);
			assertThat(found.allFootDrop()).containsExactly(fresh);
		});
	}

}

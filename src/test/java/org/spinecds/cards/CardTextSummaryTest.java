package org.spinecds.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.cards.OutcomeBuilder.outcome;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecds.guideline.GuidelineOutcome;
import org.spinecds.guideline.Recommendation;
import org.spinecds.guideline.StudyCategory;

class CardTextSummaryTest {

	private static final String MRI = "MRI lumbar spine without and with IV contrast";

	@Test
	void everySummaryFitsInLessThan140CharactersUntruncated() {
		List<OutcomeBuilder> urgencies = List.of(outcome().emergent(0), outcome().emergent(1), outcome().emergent(30),
				outcome().emergentWithoutDayCount(), outcome().urgent(), outcome().urgent(554));
		List<String> summaries = new ArrayList<>();
		for (StudyCategory category : StudyCategory.values()) {
			// variant 5 never removes the order: no imaging is never its answer
			for (Recommendation recommendation : EnumSet.complementOf(EnumSet.of(Recommendation.REMOVE_ORDER))) {
				for (OutcomeBuilder urgency : urgencies) {
					summaries
						.add(RenderedText.summary(urgency.category(category).recommendation(recommendation).build()));
				}
			}
		}

		assertThat(summaries)
			.hasSize(StudyCategory.values().length * (Recommendation.values().length - 1) * urgencies.size());
		assertThat(summaries).allSatisfy(summary -> {
			assertThat(summary).hasSizeLessThanOrEqualTo(139).contains(MRI).doesNotEndWith("…");
		});
	}

	@Test
	void criticalSummaryNamesTheNumberOfDays() {
		GuidelineOutcome assessment = outcome().emergent(7).build();

		assertThat(RenderedText.summary(assessment))
			.isEqualTo("Foot drop 7 days after lumbar surgery: STAT " + MRI + " and surgical review now");
	}

	@Test
	void criticalSummarySaysOneDayAndZeroDays() {
		assertThat(RenderedText.summary(outcome().emergent(1).build()))
			.startsWith("Foot drop 1 day after lumbar surgery: ");
		assertThat(RenderedText.summary(outcome().emergent(0).build()))
			.startsWith("Foot drop 0 days after lumbar surgery: ");
	}

	@Test
	void criticalSummaryWithoutADayCountSaysWithin30Days() {
		assertThat(RenderedText.summary(outcome().emergentWithoutDayCount().build()))
			.isEqualTo("Foot drop within 30 days of lumbar surgery: STAT " + MRI + " and surgical review now");
	}

	@Test
	void criticalSummaryForARadiographAsksToAddTheMri() {
		GuidelineOutcome assessment = outcome().category(StudyCategory.RADIOGRAPHY).emergent(7).build();

		assertThat(RenderedText.summary(assessment))
			.isEqualTo("Foot drop 7 days after lumbar surgery: add STAT " + MRI + " and surgical review now");
	}

	@Test
	void warningSummaryForARadiographSaysWhatRadiographsMiss() {
		GuidelineOutcome assessment = outcome().category(StudyCategory.RADIOGRAPHY).urgent().build();

		assertThat(RenderedText.summary(assessment))
			.isEqualTo("Foot drop after lumbar surgery: radiographs miss nerve compression; add " + MRI);
	}

	@Test
	void warningSummaryNamesTheStudyToChange() {
		GuidelineOutcome assessment = outcome().category(StudyCategory.CT_WITHOUT_CONTRAST).urgent(554).build();

		assertThat(RenderedText.summary(assessment))
			.isEqualTo("Foot drop after lumbar surgery: change CT lumbar spine without IV contrast to " + MRI);
	}

}

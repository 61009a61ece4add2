package org.spinecds.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.cards.AssessmentBuilder.assessment;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecds.guideline.Assessment;
import org.spinecds.guideline.Recommendation;
import org.spinecds.guideline.StudyCategory;

class CardTextSummaryTest {

	private static final String MRI = "MRI lumbar spine without and with IV contrast";

	@Test
	void everySummaryFitsInLessThan140CharactersUntruncated() {
		List<AssessmentBuilder> urgencies = List.of(assessment().emergent(0), assessment().emergent(1),
				assessment().emergent(30), assessment().emergentWithoutDayCount(), assessment().urgent(),
				assessment().urgent(554));
		List<String> summaries = new ArrayList<>();
		for (StudyCategory category : StudyCategory.values()) {
			for (Recommendation recommendation : Recommendation.values()) {
				for (AssessmentBuilder urgency : urgencies) {
					summaries.add(CardText.summary(urgency.category(category).recommendation(recommendation).build()));
				}
			}
		}

		assertThat(summaries)
			.hasSize(StudyCategory.values().length * Recommendation.values().length * urgencies.size());
		assertThat(summaries).allSatisfy(summary -> {
			assertThat(summary).hasSizeLessThanOrEqualTo(139).contains(MRI).doesNotEndWith("…");
		});
	}

	@Test
	void criticalSummaryNamesTheNumberOfDays() {
		Assessment assessment = assessment().emergent(7).build();

		assertThat(CardText.summary(assessment))
			.isEqualTo("Foot drop 7 days after lumbar surgery: STAT " + MRI + " and surgical review now");
	}

	@Test
	void criticalSummarySaysOneDayAndZeroDays() {
		assertThat(CardText.summary(assessment().emergent(1).build()))
			.startsWith("Foot drop 1 day after lumbar surgery: ");
		assertThat(CardText.summary(assessment().emergent(0).build()))
			.startsWith("Foot drop 0 days after lumbar surgery: ");
	}

	@Test
	void criticalSummaryWithoutADayCountSaysWithin30Days() {
		assertThat(CardText.summary(assessment().emergentWithoutDayCount().build()))
			.isEqualTo("New foot drop within 30 days of lumbar surgery: STAT " + MRI + " and surgical review now");
	}

	@Test
	void criticalSummaryForARadiographAsksToAddTheMri() {
		Assessment assessment = assessment().category(StudyCategory.RADIOGRAPHY).emergent(7).build();

		assertThat(CardText.summary(assessment))
			.isEqualTo("Foot drop 7 days after lumbar surgery: add STAT " + MRI + " and surgical review now");
	}

	@Test
	void warningSummaryForARadiographSaysWhatRadiographsMiss() {
		Assessment assessment = assessment().category(StudyCategory.RADIOGRAPHY).urgent().build();

		assertThat(CardText.summary(assessment))
			.isEqualTo("Foot drop after lumbar surgery: radiographs miss nerve compression; add " + MRI);
	}

	@Test
	void warningSummaryNamesTheStudyToChange() {
		Assessment assessment = assessment().category(StudyCategory.CT_WITHOUT_CONTRAST).urgent(554).build();

		assertThat(CardText.summary(assessment))
			.isEqualTo("Foot drop after lumbar surgery: change CT lumbar spine without IV contrast to " + MRI);
	}

}

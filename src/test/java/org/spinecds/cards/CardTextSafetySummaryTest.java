package org.spinecds.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.cards.OutcomeBuilder.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.spinecds.guideline.GuidelineOutcome;
import org.spinecds.guideline.Evidence;
import org.spinecds.guideline.SafetyConcern;
import org.spinecds.guideline.SafetyFinding;
import org.spinecds.guideline.StudyCategory;

/**
 * The card summary when a safety finding changes the recommended study: it names the risk
 * and still fits.
 */
class CardTextSafetySummaryTest {

	private static final SafetyFinding DIALYSIS = new SafetyFinding(SafetyConcern.KIDNEY_FUNCTION, "on dialysis",
			"End stage renal failure on dialysis (disorder) (236435004), Condition/dialysis");

	private static final SafetyFinding ESRD = new SafetyFinding(SafetyConcern.KIDNEY_FUNCTION, "severe kidney disease",
			"End stage renal disease (N18.6), Condition/esrd");

	private static final SafetyFinding PACEMAKER = new SafetyFinding(SafetyConcern.MRI_UNSAFE_IMPLANT,
			"cardiac implant", "Cardiac device: Device/pacemaker (Permanent cardiac pacemaker)");

	/**
	 * Every contraindication the checks can word, including the longest briefs and
	 * several of one kind.
	 */
	private static final List<SafetyFinding> CONTRAINDICATIONS = List.of(Evidence.safety(SafetyConcern.KIDNEY_FUNCTION),
			DIALYSIS, ESRD, Evidence.safety(SafetyConcern.CONTRAST_ALLERGY), Evidence.safety(SafetyConcern.PREGNANCY),
			Evidence.safety(SafetyConcern.MRI_UNSAFE_IMPLANT), PACEMAKER);

	private static final List<UnaryOperator<OutcomeBuilder>> URGENCIES = List.of(assessment -> assessment.emergent(0),
			assessment -> assessment.emergent(1), assessment -> assessment.emergent(30),
			OutcomeBuilder::emergentWithoutDayCount, OutcomeBuilder::urgent, assessment -> assessment.urgent(554));

	private static String summary(StudyCategory ordered, SafetyConcern... concerns) {
		return RenderedText.summary(outcome().category(ordered).urgent().safety(concerns).build());
	}

	private static List<List<SafetyFinding>> everySubsetOfContraindications() {
		List<List<SafetyFinding>> subsets = new ArrayList<>();
		for (int mask = 0; mask < 1 << CONTRAINDICATIONS.size(); mask++) {
			List<SafetyFinding> subset = new ArrayList<>();
			for (int i = 0; i < CONTRAINDICATIONS.size(); i++) {
				if ((mask & 1 << i) != 0) {
					subset.add(CONTRAINDICATIONS.get(i));
				}
			}
			subsets.add(subset);
		}
		return subsets;
	}

	@Test
	void everySummaryFitsUntruncatedForEveryStudyUrgencyAndSetOfRisks() {
		List<String> summaries = new ArrayList<>();
		for (List<SafetyFinding> risks : everySubsetOfContraindications()) {
			for (StudyCategory ordered : StudyCategory.values()) {
				for (UnaryOperator<OutcomeBuilder> urgency : URGENCIES) {
					GuidelineOutcome assessment = urgency.apply(outcome().category(ordered))
						.safety(risks.toArray(SafetyFinding[]::new))
						.build();
					summaries.add(RenderedText.summary(assessment));
				}
			}
		}

		assertThat(summaries).hasSize(128 * StudyCategory.values().length * URGENCIES.size());
		assertThat(summaries).allSatisfy(
				summary -> assertThat(summary).hasSizeLessThanOrEqualTo(CardFactory.MAX_SUMMARY).doesNotEndWith("…"));
	}

	@Test
	void emergentSummaryKeepsTheSurgicalReviewWhateverTheRisks() {
		for (List<SafetyFinding> risks : everySubsetOfContraindications()) {
			GuidelineOutcome assessment = outcome().category(StudyCategory.RADIOGRAPHY)
				.emergentWithoutDayCount()
				.safety(risks.toArray(SafetyFinding[]::new))
				.build();

			assertThat(RenderedText.summary(assessment)).endsWith(" and surgical review now");
		}
	}

	@Test
	void lowEgfrIsNamedAndMriWithoutContrastOrderedInstead() {
		assertThat(summary(StudyCategory.CT_WITHOUT_CONTRAST, SafetyConcern.KIDNEY_FUNCTION))
			.isEqualTo("Foot drop after lumbar surgery, eGFR 25: order MRI lumbar spine without IV contrast instead");
	}

	@Test
	void contrastAllergyIsNamed() {
		assertThat(summary(StudyCategory.CT_WITHOUT_CONTRAST, SafetyConcern.CONTRAST_ALLERGY)).isEqualTo(
				"Foot drop after lumbar surgery, contrast allergy: order MRI lumbar spine without IV contrast instead");
	}

	@Test
	void pregnancyIsNamed() {
		assertThat(summary(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST, SafetyConcern.PREGNANCY))
			.isEqualTo("Foot drop after lumbar surgery, pregnant: order MRI lumbar spine without IV contrast instead");
	}

	@Test
	void mrUnsafeImplantIsNamedAndAsksForTheDeviceCheck() {
		assertThat(summary(StudyCategory.CT_WITHOUT_CONTRAST, SafetyConcern.MRI_UNSAFE_IMPLANT)).isEqualTo(
				"Foot drop after lumbar surgery, MR-unsafe implant: check the implant before any MRI, or order CT "
						+ "myelography lumbar spine");
	}

	@Test
	void radiographWithARiskAddsTheAlternative() {
		assertThat(summary(StudyCategory.RADIOGRAPHY, SafetyConcern.KIDNEY_FUNCTION))
			.isEqualTo("Foot drop after lumbar surgery, eGFR 25: add MRI lumbar spine without IV contrast");
	}

	@Test
	void emergentSummaryNamesTheRiskAndTheStatAlternative() {
		GuidelineOutcome assessment = outcome().category(StudyCategory.CT_WITHOUT_CONTRAST)
			.emergent(7)
			.safety(SafetyConcern.CONTRAST_ALLERGY)
			.build();

		assertThat(RenderedText.summary(assessment))
			.isEqualTo("Foot drop 7 days after lumbar surgery, contrast allergy: "
					+ "STAT MRI lumbar spine without IV contrast and surgical review now");
	}

	@Test
	void namesTwoRisksOfDifferentKinds() {
		assertThat(summary(StudyCategory.CT_WITHOUT_CONTRAST, SafetyConcern.KIDNEY_FUNCTION,
				SafetyConcern.MRI_UNSAFE_IMPLANT))
			.startsWith("Foot drop after lumbar surgery, eGFR 25, MR-unsafe implant: ");
	}

	@Test
	void severalKidneyFindingsDoNotCrowdOutAnotherKindOfRisk() {
		GuidelineOutcome assessment = outcome().category(StudyCategory.CT_WITHOUT_CONTRAST)
			.urgent()
			.safety(Evidence.safety(SafetyConcern.KIDNEY_FUNCTION), DIALYSIS, ESRD, PACEMAKER)
			.build();

		assertThat(RenderedText.summary(assessment))
			.isEqualTo("Foot drop after lumbar surgery, eGFR 25, cardiac implant: "
					+ "check the implant before any MRI, or order CT myelography lumbar spine");
	}

	@Test
	void notesAreNotNamed() {
		String summary = summary(StudyCategory.CT_WITHOUT_CONTRAST, SafetyConcern.NO_RECENT_EGFR,
				SafetyConcern.MR_CONDITIONAL_IMPLANT, SafetyConcern.PERONEAL_NEUROPATHY,
				SafetyConcern.DATA_NOT_CHECKED);

		assertThat(summary).isEqualTo("Foot drop after lumbar surgery: change CT lumbar spine without IV contrast to "
				+ "MRI lumbar spine without and with IV contrast");
	}

}

package org.spinecds.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.cards.OutcomeBuilder.outcome;
import static org.spinecds.guideline.Evidence.surgery;

import org.junit.jupiter.api.Test;
import org.spinecds.guideline.GuidelineOutcome;
import org.spinecds.guideline.SafetyConcern;
import org.spinecds.guideline.StudyCategory;
import org.spinecds.guideline.StudyOptions;
import org.spinecds.terminology.TestTerminology;

/**
 * The **Safety** and **Also noted** sections of the card detail, and what the safety
 * review changes elsewhere.
 */
class CardTextSafetyDetailTest {

	private static final OrderableStudies STUDIES = OrderableStudies.load(TestTerminology.FHIR, StudyOptions.OFFERABLE);

	/**
	 * A CT order after a discectomy (no hardware note), URGENT, with these safety
	 * findings.
	 */
	private static String detail(SafetyConcern... concerns) {
		return detail(outcome().category(StudyCategory.CT_WITHOUT_CONTRAST)
			.urgent()
			.surgeries(surgery().reference("Procedure/disc").performed("2026-11-03").build())
			.safety(concerns));
	}

	private static String detail(OutcomeBuilder builder) {
		GuidelineOutcome assessment = builder.build();
		return RenderedText.detail(assessment);
	}

	@Test
	void lowEgfrCitesTheObservationAndAdvisesAGroupIiAgent() {
		assertThat(detail(SafetyConcern.KIDNEY_FUNCTION)).contains(
				"**Safety**\n" + "- eGFR 25 mL/min/1.73m2 on 2026-11-01: at risk for nephrogenic systemic fibrosis; "
						+ "avoid gadolinium, and if contrast is essential use an ACR group II agent\n"
						+ "- So MRI lumbar spine without IV contrast is recommended, not MRI with gadolinium.\n\n");
	}

	@Test
	void contrastAllergyCitesTheAllergy() {
		assertThat(detail(SafetyConcern.CONTRAST_ALLERGY))
			.contains("- Allergy: Gadolinium (1310171): avoid gadolinium-based contrast\n");
	}

	@Test
	void pregnancyCitesTheCondition() {
		assertThat(detail(SafetyConcern.PREGNANCY))
			.contains("- Pregnancy (finding) (77386006): avoid gadolinium unless essential\n");
	}

	@Test
	void mrUnsafeImplantCitesTheDeviceAndAsksForTheDeviceCheck() {
		assertThat(detail(SafetyConcern.MRI_UNSAFE_IMPLANT)).contains(
				"- MR Unsafe device: Spinal cord stimulator: MRI only after the device has been checked "
						+ "for MR safety; CT myelography needs no MRI\n",
				"- So CT myelography lumbar spine is recommended");
	}

	@Test
	void everyContraindicationHasItsOwnLineInTheOrderOfConcern() {
		String detail = detail(SafetyConcern.MRI_UNSAFE_IMPLANT, SafetyConcern.KIDNEY_FUNCTION,
				SafetyConcern.PREGNANCY);

		assertThat(detail).containsSubsequence("**Safety**\n", "eGFR 25 mL/min/1.73m2 on 2026-11-01: ",
				"Pregnancy (finding) (77386006): ", "Spinal cord stimulator: ",
				"- So CT myelography lumbar spine is recommended");
	}

	@Test
	void noContraindicationNoSafetySection() {
		assertThat(detail()).doesNotContain("**Safety**", "**Also noted**", "is recommended, not MRI with gadolinium");
	}

	@Test
	void notesAreListedUnderAlsoNotedWithTheirAdvice() {
		String detail = detail(SafetyConcern.NO_RECENT_EGFR, SafetyConcern.MR_CONDITIONAL_IMPLANT,
				SafetyConcern.PERONEAL_NEUROPATHY, SafetyConcern.DATA_NOT_CHECKED);

		assertThat(detail).contains("**Also noted**\n"
				+ "- MR Conditional device: Hip prosthesis: scan only within the device's labelled MR conditions.\n"
				+ "- No eGFR on record: check kidney function before gadolinium if the patient has risk factors.\n"
				+ "- Lesion of lateral popliteal nerve, left lower limb (G57.32): EMG/nerve conduction "
				+ "studies and MRI of the leg or knee help tell a peroneal neuropathy from an L5 radiculopathy.\n"
				+ "- Could not be checked (the data was not available): allergies.\n\n");
		assertThat(detail).doesNotContain("**Safety**");
	}

	@Test
	void spinalHardwareNoteReplacesTheGenericHardwareAdvice() {
		String detail = detail(SafetyConcern.SPINAL_HARDWARE);

		assertThat(detail).contains("- Spinal implant: Spinal cage: ask for metal-artifact-reduction "
				+ "sequences; CT myelography if the MRI is non-diagnostic.\n");
		assertThat(detail).doesNotContain("If metal hardware spoils the MRI");
	}

	@Test
	void peronealNeuropathyNoteReplacesTheGenericLegMriAdvice() {
		assertThat(detail()).contains("- If peroneal nerve compression at the fibular head is suspected");
		assertThat(detail(SafetyConcern.PERONEAL_NEUROPATHY)).doesNotContain("- If peroneal nerve compression");
	}

	@Test
	void safetyComesBeforeTheRatingsAndAlsoNotedAfterSafety() {
		String detail = detail(SafetyConcern.KIDNEY_FUNCTION, SafetyConcern.NO_RECENT_EGFR);

		assertThat(detail).containsSubsequence("**Evidence**", "**Safety**", "**Also noted**",
				"**ACR appropriateness (variant 5)**", "**Protocol:**", "**Also**\n");
	}

	@Test
	void ratesEveryOfferedStudyAndSaysWhichIsRecommended() {
		String detail = detail(SafetyConcern.KIDNEY_FUNCTION);

		assertThat(detail).contains("- Ordered, CT lumbar spine without IV contrast: May be appropriate\n",
				"- Offered, not recommended, MRI lumbar spine without and with IV contrast: Usually appropriate\n",
				"- Recommended, MRI lumbar spine without IV contrast: Usually appropriate\n",
				"- Offered, not recommended, CT myelography lumbar spine: May be appropriate\n");
		assertThat(detail).doesNotContain("- MRI lumbar spine without IV contrast: ",
				"- CT myelography lumbar spine: ");
	}

	@Test
	void protocolIsTheRecommendedStudys() {
		assertThat(detail(SafetyConcern.KIDNEY_FUNCTION))
			.contains("**Protocol:** T1- and T2-weighted axial and sagittal "
					+ "sequences of the lumbar spine, without contrast.\n");
	}

}

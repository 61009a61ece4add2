package org.spinecds.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.cards.OutcomeBuilder.outcome;
import static org.spinecds.guideline.Evidence.footDrop;
import static org.spinecds.guideline.Evidence.surgery;
import static org.spinecds.guideline.Fhir.CPT;
import static org.spinecds.guideline.Fhir.ICD10CM;
import static org.spinecds.guideline.Fhir.ICD10PCS;

import org.junit.jupiter.api.Test;
import org.spinecds.guideline.GuidelineOutcome;
import org.spinecds.guideline.StudyCategory;
import org.spinecds.guideline.StudyOptions;
import org.spinecds.terminology.TestTerminology;

class CardTextDetailTest {

	private static final String PROTOCOL = OrderableStudies.load(TestTerminology.FHIR, StudyOptions.OFFERABLE)
		.protocol(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST);

	private static String detail(OutcomeBuilder assessment) {
		return RenderedText.detail(assessment.build());
	}

	@Test
	void listsEveryFootDropAndSurgeryByDisplayCodeAndDateNeverByResourceId() {
		String detail = detail(outcome()
			.footDrops(
					footDrop().reference("Condition/fd-left")
						.code(ICD10CM, "M21.372", "Foot drop, left foot")
						.onset("2026-11-10")
						.build(),
					footDrop().reference("Condition/fd-old").recurrence().build(),
					footDrop().fromOrder("ServiceRequest/sr-1").build())
			.surgeries(surgery().reference("Procedure/fusion")
				.code(ICD10PCS, "0SG00AJ", "Fusion lumbar")
				.performed("2026-11-03")
				.hardware()
				.build(), surgery().fromCondition("Condition/plss").build()));

		assertThat(detail).contains("- Foot drop: Foot drop, left foot (ICD-10-CM M21.372), since 2026-11-10\n",
				"- Foot drop: Foot-drop (SNOMED CT 6077001)\n",
				"- Foot drop: Foot-drop (SNOMED CT 6077001), reason given on this order\n",
				"- Prior lumbar surgery: Fusion lumbar (ICD-10-PCS 0SG00AJ), performed 2026-11-03\n",
				"- Prior lumbar surgery: Lumbar post-laminectomy syndrome (SNOMED CT 202725007)\n",
				"- Order: MRI lumbar spine without IV contrast (CPT 72148)\n");
		assertThat(detail).doesNotContain("Condition/", "Procedure/", "ServiceRequest/");
	}

	@Test
	void codingWithoutDisplayIsShownByItsCode() {
		String detail = detail(outcome()
			.surgeries(surgery().reference("Procedure/p").code(CPT, "63030", null).performed("2025-03-10").build()));

		assertThat(detail).contains("- Prior lumbar surgery: 63030 (CPT 63030), performed 2025-03-10\n");
	}

	@Test
	void saysHowManyDaysAfterTheSurgeryTheFootDropBegan() {
		assertThat(detail(outcome().emergent(7))).contains("- Foot drop began 7 days after lumbar surgery\n");
		assertThat(detail(outcome().emergent(1))).contains("- Foot drop began 1 day after lumbar surgery\n");
		assertThat(detail(outcome().urgent())).doesNotContain("Foot drop began");
	}

	@Test
	void ratesTheOrderedStudyAndTheRecommendedOne() {
		String detail = detail(outcome().category(StudyCategory.CT_WITHOUT_CONTRAST).urgent());

		assertThat(detail).contains("- Ordered, CT lumbar spine without IV contrast: May be appropriate\n",
				"- Recommended, MRI lumbar spine without and with IV contrast: Usually appropriate\n",
				"gadolinium separates recurrent or residual disc herniation from epidural scar");
	}

	@Test
	void listsTheOrderedAndSuggestedStudiesNotTheWholeTable() {
		String detail = detail(outcome().category(StudyCategory.MRI_WITH_CONTRAST).urgent());

		assertThat(detail).contains("- Ordered, MRI lumbar spine with IV contrast: Usually not appropriate\n",
				"- Recommended, MRI lumbar spine without and with IV contrast: Usually appropriate\n");
		assertThat(detail).doesNotContain("Radiography lumbar spine:", "CT lumbar spine with IV contrast:",
				"CT myelography lumbar spine:");
	}

	@Test
	void unratedOrderedStudySaysSo() {
		String detail = detail(outcome().category(StudyCategory.MYELOGRAPHY).urgent());

		assertThat(detail).contains("- Ordered, Myelography lumbar spine (conventional): not rated by the ACR table\n");
	}

	@Test
	void orderedMriWithoutAndWithContrastIsNotRecommendedToItself() {
		String detail = detail(outcome().category(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST).urgent());

		assertThat(detail).contains("- Ordered, MRI lumbar spine without and with IV contrast: Usually appropriate\n");
		assertThat(detail).doesNotContain("- Recommended,");
	}

	@Test
	void givesTheProtocol() {
		assertThat(detail(outcome())).contains("**Protocol:** T1- and T2-weighted axial and sagittal sequences of the "
				+ "lumbar spine, before and after IV gadolinium.\n");
	}

	@Test
	void advisesOnEmgTimingCtMyelographyAndLegMri() {
		String detail = detail(outcome());

		assertThat(detail).contains("only after 10-18 days: never delay the MRI for them.", "CT myelography",
				"- If peroneal nerve compression at the fibular head is suspected (positioning, stockings): "
						+ "MRI of the leg or knee.\n");
	}

	@Test
	void hardwareIsNotedOnlyWhenFusionIsOnRecord() {
		String fusion = detail(outcome());
		String discectomy = detail(outcome().surgeries(surgery().performed("2026-11-03").build()));

		assertThat(fusion)
			.contains("**Also noted**\n- Fusion: Arthrodesis, posterior or posterolateral technique, single "
					+ "interspace; lumbar (22612): ask for metal-artifact-reduction sequences; CT myelography "
					+ "if the MRI is non-diagnostic.\n");
		assertThat(fusion).doesNotContain("If metal hardware spoils the MRI");
		assertThat(discectomy).doesNotContain("**Also noted**", "- Fusion:", "metal-artifact-reduction");
		assertThat(discectomy).contains("- If metal hardware spoils the MRI: CT myelography.\n");
	}

	@Test
	void hardwareFromAnyPriorSurgeryCounts() {
		String detail = detail(
				outcome().surgeries(surgery().reference("Procedure/disc").performed("2026-11-03").build(),
						surgery().reference("Procedure/old-fusion").performed("2020-01-01").hardware().build()));

		assertThat(detail)
			.containsOnlyOnce("- Fusion: Laminotomy, lumbar (63030): ask for metal-artifact-reduction sequences");
	}

	@Test
	void emergencyParagraphOnlyWhenEmergent() {
		GuidelineOutcome emergent = outcome().emergent(7).build();
		GuidelineOutcome urgent = outcome().category(StudyCategory.CT_WITHOUT_CONTRAST).urgent().build();

		assertThat(RenderedText.detail(emergent)).startsWith("**Emergency:** new foot drop in the first 30 days "
				+ "after lumbar surgery can mean an epidural hematoma or a malpositioned screw.");
		assertThat(RenderedText.detail(urgent)).startsWith("**Why this card:**")
			.doesNotContain("Emergency", "epidural hematoma", "STAT");
	}

}

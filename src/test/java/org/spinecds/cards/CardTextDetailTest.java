package org.spinecds.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.cards.AssessmentBuilder.assessment;
import static org.spinecds.guideline.Evidence.footDrop;
import static org.spinecds.guideline.Evidence.surgery;
import static org.spinecds.guideline.Fhir.CPT;
import static org.spinecds.guideline.Fhir.ICD10CM;
import static org.spinecds.guideline.Fhir.ICD10PCS;

import org.junit.jupiter.api.Test;
import org.spinecds.guideline.Assessment;
import org.spinecds.guideline.StudyCategory;
import org.spinecds.guideline.StudyOptions;
import org.spinecds.terminology.TestTerminology;

class CardTextDetailTest {

	private static final String PROTOCOL = OrderableStudies.load(TestTerminology.FHIR, StudyOptions.OFFERABLE)
		.protocol(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST);

	private static String detail(AssessmentBuilder assessment) {
		return CardText.detail(assessment.build(), PROTOCOL);
	}

	@Test
	void listsEveryFootDropAndSurgeryWithItsResourceReference() {
		String detail = detail(assessment()
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

		assertThat(detail).contains(
				"- Foot drop: Foot drop, left foot (ICD-10-CM M21.372), Condition/fd-left, onset 2026-11-10\n",
				"- Foot drop: Foot-drop (SNOMED CT 6077001), Condition/fd-old, onset not recorded, marked as recurrence\n",
				"- Foot drop: Foot-drop (SNOMED CT 6077001), reason given on this order\n",
				"- Lumbar surgery: Fusion lumbar (ICD-10-PCS 0SG00AJ), Procedure/fusion, performed 2026-11-03\n",
				"- Lumbar surgery: Lumbar post-laminectomy syndrome (SNOMED CT 202725007), Condition/plss\n",
				"- Order: MRI lumbar spine without IV contrast (CPT 72148), ServiceRequest/sr-1\n");
	}

	@Test
	void codingWithoutDisplayIsShownByItsCode() {
		String detail = detail(assessment()
			.surgeries(surgery().reference("Procedure/p").code(CPT, "63030", null).performed("2025-03-10").build()));

		assertThat(detail).contains("- Lumbar surgery: 63030 (CPT 63030), Procedure/p, performed 2025-03-10\n");
	}

	@Test
	void saysHowManyDaysAfterTheSurgeryTheFootDropBegan() {
		assertThat(detail(assessment().emergent(7)))
			.contains("- Foot drop began 7 days after the surgery of 2026-11-03\n");
		assertThat(detail(assessment().emergent(1)))
			.contains("- Foot drop began 1 day after the surgery of 2026-11-03\n");
		assertThat(detail(assessment().emergentWithoutDayCount())).doesNotContain("Foot drop began");
	}

	@Test
	void ratesTheOrderedStudyAndTheRecommendedOne() {
		String detail = detail(assessment().category(StudyCategory.CT_WITHOUT_CONTRAST).urgent());

		assertThat(detail).contains("- Ordered, CT lumbar spine without IV contrast: May be appropriate\n",
				"- Recommended, MRI lumbar spine without and with IV contrast: Usually appropriate. Gadolinium separates");
	}

	@Test
	void listsTheRestOfTheTableOnceWithoutRepeatingTheOrderedStudy() {
		String detail = detail(assessment().category(StudyCategory.MRI_WITH_CONTRAST).urgent());

		assertThat(detail).contains("- Ordered, MRI lumbar spine with IV contrast: Usually not appropriate\n",
				"- Radiography lumbar spine: Usually appropriate\n",
				"- MRI lumbar spine without IV contrast: Usually appropriate\n",
				"- CT lumbar spine without IV contrast: May be appropriate\n",
				"- CT lumbar spine with IV contrast: Usually not appropriate\n",
				"- CT lumbar spine without and with IV contrast: Usually not appropriate\n",
				"- CT myelography lumbar spine: May be appropriate\n");
		assertThat(detail).doesNotContain("- MRI lumbar spine with IV contrast: ");
		assertThat(detail).doesNotContain("- MRI lumbar spine without and with IV contrast: ");
	}

	@Test
	void unratedOrderedStudySaysSo() {
		String detail = detail(assessment().category(StudyCategory.MYELOGRAPHY).urgent());

		assertThat(detail).contains("- Ordered, Myelography lumbar spine (conventional): not rated by the ACR table\n");
	}

	@Test
	void orderedMriWithoutAndWithContrastIsNotRecommendedToItself() {
		String detail = detail(assessment().category(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST).urgent());

		assertThat(detail).contains("- Ordered, MRI lumbar spine without and with IV contrast: Usually appropriate\n");
		assertThat(detail).doesNotContain("- Recommended,");
	}

	@Test
	void givesTheProtocol() {
		assertThat(detail(assessment()))
			.contains("**Protocol:** T1- and T2-weighted axial and sagittal sequences of the "
					+ "lumbar spine, before and after IV gadolinium.\n");
	}

	@Test
	void advisesOnEmgTimingCtMyelographyAndLegMri() {
		String detail = detail(assessment());

		assertThat(detail).contains("only after 10-18 days: never delay the MRI for them.", "CT myelography",
				"- If peroneal nerve compression at the fibular head is suspected (positioning, stockings): "
						+ "MRI of the leg or knee.\n");
	}

	@Test
	void hardwareIsNotedOnlyWhenFusionIsOnRecord() {
		String fusion = detail(assessment());
		String discectomy = detail(assessment().surgeries(surgery().performed("2026-11-03").build()));

		assertThat(fusion)
			.contains("**Also noted**\n- Fusion: Arthrodesis, posterior or posterolateral technique, single "
					+ "interspace; lumbar (22612), Procedure/fusion: ask for metal-artifact-reduction sequences; CT myelography "
					+ "if the MRI is non-diagnostic.\n");
		assertThat(fusion).doesNotContain("If metal hardware spoils the MRI");
		assertThat(discectomy).doesNotContain("**Also noted**", "- Fusion:", "metal-artifact-reduction");
		assertThat(discectomy).contains("- If metal hardware spoils the MRI: CT myelography.\n");
	}

	@Test
	void hardwareFromAnyPriorSurgeryCounts() {
		String detail = detail(
				assessment().surgeries(surgery().reference("Procedure/disc").performed("2026-11-03").build(),
						surgery().reference("Procedure/old-fusion").performed("2020-01-01").hardware().build()));

		assertThat(detail).contains("- Fusion: Laminotomy, lumbar (63030), Procedure/old-fusion: ask for "
				+ "metal-artifact-reduction sequences");
		assertThat(detail).doesNotContain("Procedure/disc: ask for");
	}

	@Test
	void emergencyParagraphOnlyWhenEmergent() {
		Assessment emergent = assessment().emergent(7).build();
		Assessment urgent = assessment().urgent().build();

		assertThat(CardText.detail(emergent, PROTOCOL)).startsWith("**Emergency:** new foot drop in the first 30 days "
				+ "after lumbar surgery can mean an epidural hematoma or a malpositioned screw.");
		assertThat(CardText.detail(urgent, PROTOCOL)).startsWith("**Why this card:**")
			.doesNotContain("Emergency", "epidural hematoma", "STAT");
	}

}

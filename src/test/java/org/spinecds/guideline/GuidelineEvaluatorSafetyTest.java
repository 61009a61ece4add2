package org.spinecds.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.guideline.Fhir.CPT;
import static org.spinecds.guideline.Fhir.ICD10CM;
import static org.spinecds.guideline.Fhir.LOINC;
import static org.spinecds.guideline.Fhir.SNOMED;
import static org.spinecds.guideline.Fhir.condition;
import static org.spinecds.guideline.Fhir.egfr;
import static org.spinecds.guideline.Fhir.order;
import static org.spinecds.guideline.Fhir.procedure;
import static org.spinecds.guideline.Fhir.record;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.spinecds.record.PatientRecord;
import org.spinecds.terminology.TestTerminology;

/**
 * The safety review decides which study the evaluator recommends, and so whether the
 * order is kept.
 */
class GuidelineEvaluatorSafetyTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private final GuidelineEvaluator evaluator = new GuidelineEvaluator(TestTerminology.builtInValueSets(),
			List.of(org.spinecds.guideline.acr.lbp.LbpFixtures.GUIDELINE));

	/**
	 * Foot drop 7 days after a discectomy (no hardware), with whatever else the test
	 * adds.
	 */
	private static Fhir.RecordBuilder footDropAfterDiscectomy() {
		return record().conditions(condition(SNOMED, "6077001").id("fd").onset("2026-11-10").build())
			.procedures(procedure(CPT, "63030").id("disc").performed("2026-11-03").build());
	}

	private static PatientRecord withEgfr25() {
		return footDropAfterDiscectomy().observations(egfr("25", "2026-11-01").id("egfr").build()).build();
	}

	private GuidelineOutcome evaluate(PatientRecord record, ServiceRequest order) {
		List<GuidelineOutcome> assessments = evaluator.evaluate(record, List.of(order), List.of(), TODAY);
		assertThat(assessments).hasSize(1);
		return assessments.get(0);
	}

	@Test
	void orderedMriWithoutAndWithContrastAndEgfr25IsReplacedByMriWithoutContrast() {
		GuidelineOutcome assessment = evaluate(withEgfr25(), order(CPT, "72158").id("sr-wwo").build());

		assertThat(assessment.recommendation()).isEqualTo(Recommendation.REPLACE_ORDER);
		assertThat(assessment.recommended().orElseThrow().study()).isEqualTo(StudyCategory.MRI_WITHOUT_CONTRAST);
		assertThat(assessment.rating()).contains(AcrRating.USUALLY_APPROPRIATE);
		assertThat(assessment.safety().contraindications()).extracting(SafetyFinding::brief).containsExactly("eGFR 25");
		assertThat(assessment.suggestions()).extracting(StudyOption::study)
			.containsExactly(StudyCategory.MRI_WITHOUT_CONTRAST, StudyCategory.CT_MYELOGRAPHY);
	}

	@Test
	void orderedMriWithoutContrastAndEgfr25IsKept() {
		// STAT: the foot drop is an emergency, and a routine order would get the STAT
		// card.
		GuidelineOutcome assessment = evaluate(withEgfr25(),
				order(CPT, "72148").id("sr-wo").build().setPriority(ServiceRequest.ServiceRequestPriority.STAT));

		assertThat(assessment.recommendation()).isEqualTo(Recommendation.KEEP);
		assertThat(assessment.recommended().orElseThrow().study()).isEqualTo(StudyCategory.MRI_WITHOUT_CONTRAST);
		assertThat(assessment.rating()).contains(AcrRating.USUALLY_APPROPRIATE);
	}

	@Test
	void orderedCtMyelographyWithAPacemakerIsKept() {
		PatientRecord record = footDropAfterDiscectomy().conditions(condition(ICD10CM, "Z95.0").id("pm").build())
			.build();

		GuidelineOutcome assessment = evaluate(record, order(LOINC, "24965-6").id("sr-ctm").build());

		assertThat(assessment.recommendation()).isEqualTo(Recommendation.KEEP);
		assertThat(assessment.recommended().orElseThrow().study()).isEqualTo(StudyCategory.CT_MYELOGRAPHY);
		assertThat(assessment.rating()).contains(AcrRating.MAY_BE_APPROPRIATE);
		assertThat(assessment.safety().avoidMri()).isTrue();
	}

	@Test
	void orderedMriWithAPacemakerIsReplacedByCtMyelography() {
		PatientRecord record = footDropAfterDiscectomy().conditions(condition(ICD10CM, "Z95.0").build()).build();

		GuidelineOutcome assessment = evaluate(record, order(CPT, "72148").build());

		assertThat(assessment.recommendation()).isEqualTo(Recommendation.REPLACE_ORDER);
		assertThat(assessment.recommended().orElseThrow().study()).isEqualTo(StudyCategory.CT_MYELOGRAPHY);
	}

	@Test
	void radiographWithEgfr25GetsMriWithoutContrastAdded() {
		GuidelineOutcome assessment = evaluate(withEgfr25(), order(CPT, "72100").id("sr-xr").build());

		assertThat(assessment.recommendation()).isEqualTo(Recommendation.ADD_ORDER);
		assertThat(assessment.recommended().orElseThrow().study()).isEqualTo(StudyCategory.MRI_WITHOUT_CONTRAST);
	}

	@Test
	void noRiskStillRecommendsMriWithoutAndWithContrast() {
		PatientRecord record = footDropAfterDiscectomy().observations(egfr("75", "2026-11-01").build()).build();

		GuidelineOutcome assessment = evaluate(record, order(CPT, "72131").build());

		assertThat(assessment.recommendation()).isEqualTo(Recommendation.REPLACE_ORDER);
		assertThat(assessment.recommended().orElseThrow().study())
			.isEqualTo(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST);
		assertThat(assessment.safety().findings()).isEmpty();
	}

	@Test
	void lumbarFusionProcedureIsASpinalHardwareNote() {
		PatientRecord record = record().conditions(condition(SNOMED, "6077001").onset("2026-11-10").build())
			.procedures(procedure(CPT, "22612").id("fusion").performed("2026-11-03").build())
			.build();

		GuidelineOutcome assessment = evaluate(record, order(CPT, "72131").build());

		assertThat(assessment.safety().notes()).extracting(SafetyFinding::concern)
			.contains(SafetyConcern.SPINAL_HARDWARE);
		assertThat(assessment.safety().notes()).extracting(SafetyFinding::evidence).contains("Fusion: 22612 (22612)");
		assertThat(assessment.recommended().orElseThrow().study())
			.isEqualTo(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST);
	}

	@Test
	void discectomyIsNoSpinalHardwareNote() {
		GuidelineOutcome assessment = evaluate(withEgfr25(), order(CPT, "72131").build());

		assertThat(assessment.safety().has(SafetyConcern.SPINAL_HARDWARE)).isFalse();
	}

	@Test
	void mriWithoutContrastAmongTheOtherDraftsMeansTheRecommendationIsAlreadyOnItsWay() {
		List<GuidelineOutcome> assessments = evaluator.evaluate(withEgfr25(),
				List.of(order(CPT, "72131").id("sr-ct").build()), List.of(order(CPT, "72148").id("sr-wo").build()),
				TODAY);

		assertThat(assessments).extracting(GuidelineOutcome::recommendation).containsExactly(Recommendation.KEEP);
	}

	@Test
	void mriWithoutAndWithContrastAmongTheOtherDraftsDoesNotStopTheSaferRecommendation() {
		List<GuidelineOutcome> assessments = evaluator.evaluate(withEgfr25(),
				List.of(order(CPT, "72131").id("sr-ct").build()), List.of(order(CPT, "72158").id("sr-wwo").build()),
				TODAY);

		assertThat(assessments).extracting(GuidelineOutcome::recommendation)
			.containsExactly(Recommendation.REPLACE_ORDER);
	}

}

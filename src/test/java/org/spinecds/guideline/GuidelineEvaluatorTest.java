package org.spinecds.guideline;

import org.spinecds.guideline.evidence.EvidenceSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.guideline.Fhir.CPT;
import static org.spinecds.guideline.Fhir.LOINC;
import static org.spinecds.guideline.Fhir.SNOMED;
import static org.spinecds.guideline.Fhir.condition;
import static org.spinecds.guideline.Fhir.order;
import static org.spinecds.guideline.Fhir.procedure;
import static org.spinecds.guideline.Recommendation.ADD_ORDER;
import static org.spinecds.guideline.Recommendation.KEEP;
import static org.spinecds.guideline.Recommendation.REPLACE_ORDER;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.guideline.evidence.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinecds.record.PatientRecord;
import org.spinecds.terminology.TestTerminology;

class GuidelineEvaluatorTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private final GuidelineEvaluator evaluator = new GuidelineEvaluator(TestTerminology.builtInValueSets(),
			List.of(org.spinecds.guideline.acr.lbp.LbpFixtures.GUIDELINE));

	private final PatientRecord footDropAfterFusion = record(
			List.of(condition(SNOMED, "6077001").id("fd").onset("2026-11-10").build()),
			List.of(procedure(CPT, "22612").id("fusion").performed("2026-11-03").build()));

	private static PatientRecord record(List<Condition> conditions, List<Procedure> procedures) {
		return PatientRecord.of("pt-1", conditions, procedures);
	}

	private List<GuidelineOutcome> evaluate(ServiceRequest... orders) {
		return evaluator.evaluate(footDropAfterFusion, List.of(orders), List.of(), TODAY);
	}

	private static ServiceRequest radiograph() {
		return order(CPT, "72100").id("sr-xr").build();
	}

	private static ServiceRequest mriWithout() {
		return order(CPT, "72148").id("sr-mri").build();
	}

	private static ServiceRequest ct() {
		return order(CPT, "72131").id("sr-ct").build();
	}

	private static ServiceRequest mriWithoutAndWith() {
		return order(CPT, "72158").id("sr-mri-wwo").alsoCoded(LOINC, "24967-2").build();
	}

	@Test
	void radiographGetsTheMriAdded() {
		assertThat(evaluate(radiograph())).singleElement().satisfies(assessment -> {
			assertThat(assessment.recommendation()).isEqualTo(ADD_ORDER);
			assertThat(assessment.rating()).contains(AcrRating.USUALLY_APPROPRIATE);
			assertThat(assessment.ordered().category()).isEqualTo(StudyCategory.RADIOGRAPHY);
		});
	}

	@Test
	void mriWithoutAndWithContrastIsKeptAndRated() {
		// The foot drop is an emergency: the study stays, a routine order is asked to be
		// STAT.
		assertThat(evaluate(mriWithoutAndWith())).singleElement().satisfies(assessment -> {
			assertThat(assessment.recommendation()).isEqualTo(Recommendation.RAISE_PRIORITY);
			assertThat(assessment.ordered().category()).isEqualTo(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST);
			assertThat(assessment.rating()).contains(AcrRating.USUALLY_APPROPRIATE);
		});
	}

	@ParameterizedTest
	@CsvSource({ "72148, MRI_WITHOUT_CONTRAST, USUALLY_APPROPRIATE",
			"72149, MRI_WITH_CONTRAST, USUALLY_NOT_APPROPRIATE", "72131, CT_WITHOUT_CONTRAST, MAY_BE_APPROPRIATE",
			"72132, CT_WITH_CONTRAST, USUALLY_NOT_APPROPRIATE",
			"72133, CT_WITHOUT_AND_WITH_CONTRAST, USUALLY_NOT_APPROPRIATE", "62304, MYELOGRAPHY, " })
	void otherCptStudiesAreReplacedAndRated(String cpt, StudyCategory category, AcrRating rating) {
		assertThat(evaluate(order(CPT, cpt).build())).singleElement().satisfies(assessment -> {
			assertThat(assessment.ordered().category()).isEqualTo(category);
			assertThat(assessment.recommendation()).isEqualTo(REPLACE_ORDER);
			assertThat(assessment.rating()).isEqualTo(Optional.ofNullable(rating));
		});
	}

	@ParameterizedTest
	@CsvSource({ "24968-0, MRI_CONTRAST_UNSPECIFIED, USUALLY_APPROPRIATE",
			"24963-1, CT_CONTRAST_UNSPECIFIED, MAY_BE_APPROPRIATE", "24965-6, CT_MYELOGRAPHY, MAY_BE_APPROPRIATE" })
	void loincOnlyStudiesAreReplaced(String loinc, StudyCategory category, AcrRating rating) {
		assertThat(evaluate(order(LOINC, loinc).build())).singleElement().satisfies(assessment -> {
			assertThat(assessment.ordered().category()).isEqualTo(category);
			assertThat(assessment.recommendation()).isEqualTo(REPLACE_ORDER);
			assertThat(assessment.rating()).isEqualTo(Optional.ofNullable(rating));
		});
	}

	@Test
	void findingsNameTheFootDropTheSurgeryAndTheUrgency() {
		GuidelineOutcome outcome = evaluate(mriWithout()).get(0);
		VariantMatch match = outcome.primaryMatch().orElseThrow();

		assertThat(match.variantId()).isEqualTo("V5");
		assertThat(match.findings()).extracting(finding -> finding.reference().orElseThrow())
			.containsExactly("Condition/fd", "Procedure/fusion");
		assertThat(match.emergency()).isTrue();
		assertThat(outcome.indicator()).isEqualTo(Indicator.CRITICAL);
		assertThat(match.details()).containsEntry("daysFromSurgeryToOnset", "7");
		assertThat(outcome.safety().has(SafetyConcern.SPINAL_HARDWARE)).isTrue();
	}

	@Test
	void ofTwoOrdersToReplaceOnlyTheFirstCarriesTheRecommendation() {
		List<GuidelineOutcome> assessments = evaluate(ct(), mriWithout());

		assertThat(assessments).extracting(assessment -> assessment.ordered().reference())
			.containsExactly("ServiceRequest/sr-ct", "ServiceRequest/sr-mri");
		assertThat(assessments).extracting(GuidelineOutcome::recommendation).containsExactly(REPLACE_ORDER, KEEP);
		assertThat(assessments).extracting(GuidelineOutcome::rating)
			.containsExactly(Optional.of(AcrRating.MAY_BE_APPROPRIATE), Optional.of(AcrRating.USUALLY_APPROPRIATE));
	}

	@Test
	void orderToReplaceCarriesTheRecommendationOverARadiograph() {
		List<GuidelineOutcome> assessments = evaluate(radiograph(), ct());

		assertThat(assessments).extracting(GuidelineOutcome::recommendation).containsExactly(KEEP, REPLACE_ORDER);
		assertThat(assessments.get(0).rating()).contains(AcrRating.USUALLY_APPROPRIATE);
	}

	@Test
	void mriWithoutAndWithAmongTheReviewedOrdersMeansNoRecommendation() {
		List<GuidelineOutcome> assessments = evaluate(ct(), mriWithoutAndWith(), radiograph());

		assertThat(assessments).extracting(GuidelineOutcome::recommendation)
			.containsExactly(KEEP, Recommendation.RAISE_PRIORITY, KEEP);
		assertThat(assessments).extracting(GuidelineOutcome::rating)
			.containsExactly(Optional.of(AcrRating.MAY_BE_APPROPRIATE), Optional.of(AcrRating.USUALLY_APPROPRIATE),
					Optional.of(AcrRating.USUALLY_APPROPRIATE));
	}

	@Test
	void mriWithoutAndWithAmongTheOtherDraftOrdersMeansEveryOrderIsKeptButRated() {
		List<GuidelineOutcome> assessments = evaluator.evaluate(footDropAfterFusion, List.of(mriWithout(), ct()),
				List.of(mriWithoutAndWith()), TODAY);

		assertThat(assessments).extracting(GuidelineOutcome::recommendation).containsExactly(KEEP, KEEP);
		assertThat(assessments).extracting(GuidelineOutcome::rating)
			.containsExactly(Optional.of(AcrRating.USUALLY_APPROPRIATE), Optional.of(AcrRating.MAY_BE_APPROPRIATE));
	}

	@Test
	void otherDraftOrdersAreNotRated() {
		List<GuidelineOutcome> assessments = evaluator.evaluate(footDropAfterFusion, List.of(mriWithout()),
				List.of(ct()), TODAY);

		assertThat(assessments).singleElement().satisfies(assessment -> {
			assertThat(assessment.ordered().reference()).isEqualTo("ServiceRequest/sr-mri");
			assertThat(assessment.recommendation()).isEqualTo(REPLACE_ORDER);
		});
	}

	@Test
	void ordersOutOfScopeGetNoAssessment() {
		ServiceRequest legMri = order(LOINC, "30869-2").id("sr-leg").build();
		ServiceRequest uncoded = order().id("sr-empty").build();

		assertThat(evaluate(legMri, uncoded)).isEmpty();
		assertThat(evaluate(legMri, mriWithout(), uncoded)).extracting(assessment -> assessment.ordered().reference())
			.containsExactly("ServiceRequest/sr-mri");
	}

	@Test
	void patientWithSurgeryButNothingNewIsAskedForTheIndication() {
		PatientRecord noFootDrop = record(List.of(), List.of(procedure(CPT, "22612").performed("2026-11-03").build()));

		assertThat(evaluator.evaluate(noFootDrop, List.of(mriWithout()), List.of(), TODAY))
			.extracting(GuidelineOutcome::status)
			.containsExactly(OutcomeStatus.INDICATION_NEEDED);
	}

	@Test
	void footDropWithoutLumbarSurgeryIsAskedForTheIndicationAndNotRated() {
		PatientRecord noSurgery = record(List.of(condition(SNOMED, "6077001").onset("2026-11-10").build()), List.of());

		assertThat(evaluator.evaluate(noSurgery, List.of(mriWithout(), radiograph()), List.of(), TODAY))
			.allSatisfy(outcome -> {
				assertThat(outcome.status()).isEqualTo(OutcomeStatus.INDICATION_NEEDED);
				assertThat(outcome.rating()).isEmpty();
			})
			.hasSize(2);
	}

	@Test
	void footDropThatPredatesTheSurgeryIsNotVariant5() {
		PatientRecord before = record(List.of(condition(SNOMED, "6077001").onset("2026-10-01").build()),
				List.of(procedure(CPT, "63030").performed("2026-11-03").build()));

		assertThat(evaluator.evaluate(before, List.of(mriWithout()), List.of(), TODAY))
			.extracting(GuidelineOutcome::status)
			.containsExactly(OutcomeStatus.INDICATION_NEEDED);
	}

	@Test
	void reasonsOnOneOrderDoNotQualifyAnother() {
		PatientRecord emptyRecord = record(List.of(), List.of());
		ServiceRequest withReasons = order(CPT, "72148").id("sr-reasons")
			.reason(SNOMED, "6077001")
			.reason(SNOMED, "202725007")
			.build();

		List<GuidelineOutcome> assessments = evaluator.evaluate(emptyRecord, List.of(ct(), withReasons), List.of(),
				TODAY);

		assertThat(assessments).extracting(GuidelineOutcome::status)
			.containsExactly(OutcomeStatus.INDICATION_NEEDED, OutcomeStatus.RATED);
		assertThat(assessments.get(1)).satisfies(assessment -> {
			assertThat(assessment.ordered().reference()).isEqualTo("ServiceRequest/sr-reasons");
			assertThat(assessment.recommendation()).isEqualTo(REPLACE_ORDER);
			VariantMatch match = assessment.primaryMatch().orElseThrow();
			assertThat(match.emergency()).isFalse();
			assertThat(match.details()).containsEntry("urgency", "URGENT");
			assertThat(match.findings()).extracting(Finding::source)
				.containsExactly(EvidenceSource.ORDER_REASON, EvidenceSource.ORDER_REASON);
		});
	}

}

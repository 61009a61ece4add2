package org.spinecds.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.guideline.Evidence.footDrop;
import static org.spinecds.guideline.Evidence.surgery;
import static org.spinecds.guideline.Fhir.CPT;
import static org.spinecds.guideline.Fhir.order;
import static org.spinecds.guideline.Recommendation.ADD_ORDER;
import static org.spinecds.guideline.Recommendation.KEEP;
import static org.spinecds.guideline.Recommendation.REPLACE_ORDER;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;

class OneRecommendationTest {

	private static final PostOperativeFootDrop FINDINGS = new PostOperativeFootDrop(footDrop().build(),
			surgery().build(), List.of(footDrop().build()), List.of(surgery().build()), Urgency.URGENT,
			OptionalLong.empty());

	private static final SafetyReview NO_RISK = new SafetyReview(List.of());

	private static final SafetyReview KIDNEY_RISK = new SafetyReview(
			List.of(Evidence.safety(SafetyConcern.KIDNEY_FUNCTION)));

	private static Assessment assessment(String id, StudyCategory category) {
		return assessment(id, category, NO_RISK);
	}

	private static Assessment assessment(String id, StudyCategory category, SafetyReview safety) {
		OrderedStudy study = new OrderedStudy(order(CPT, "00000").id(id).build(), category,
				new Coding(CPT, "00000", null));
		List<StudyOption> options = StudyOptions.forPatient(safety);
		return new Assessment(study, AcrLowBackPainVariant5.rate(category), FINDINGS, safety, options,
				Evidence.recommendation(category, options));
	}

	@Test
	void singleOrderKeepsItsRecommendation() {
		Assessment ct = assessment("ct", StudyCategory.CT_WITHOUT_CONTRAST);

		assertThat(OneRecommendation.perOrderSession(List.of(ct), Set.of())).containsExactly(ct);
	}

	@Test
	void firstOrderToReplaceCarriesTheRecommendation() {
		List<Assessment> result = OneRecommendation.perOrderSession(
				List.of(assessment("xr", StudyCategory.RADIOGRAPHY), assessment("mri", StudyCategory.MRI_WITH_CONTRAST),
						assessment("ct", StudyCategory.CT_WITHOUT_CONTRAST)),
				Set.of());

		assertThat(result).extracting(Assessment::recommendation).containsExactly(KEEP, REPLACE_ORDER, KEEP);
	}

	@Test
	void firstRadiographCarriesItWhenNothingIsToBeReplaced() {
		List<Assessment> result = OneRecommendation.perOrderSession(
				List.of(assessment("xr-1", StudyCategory.RADIOGRAPHY), assessment("xr-2", StudyCategory.RADIOGRAPHY)),
				Set.of());

		assertThat(result).extracting(Assessment::recommendation).containsExactly(ADD_ORDER, KEEP);
	}

	@Test
	void recommendedStudyAlreadyOrderedMeansNoneCarriesIt() {
		List<Assessment> result = OneRecommendation.perOrderSession(
				List.of(assessment("xr", StudyCategory.RADIOGRAPHY),
						assessment("ct", StudyCategory.CT_WITHOUT_CONTRAST)),
				Set.of(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST));

		assertThat(result).extracting(Assessment::recommendation).containsExactly(KEEP, KEEP);
	}

	@Test
	void otherDraftOfAStudyThatIsNotTheRecommendedOneDoesNotStopTheRecommendation() {
		List<Assessment> result = OneRecommendation.perOrderSession(
				List.of(assessment("ct", StudyCategory.CT_WITHOUT_CONTRAST, KIDNEY_RISK)),
				Set.of(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST));

		assertThat(result).extracting(Assessment::recommendation).containsExactly(REPLACE_ORDER);
	}

	@Test
	void recommendedAlternativeAmongTheOtherDraftsMeansNoneCarriesIt() {
		List<Assessment> result = OneRecommendation.perOrderSession(
				List.of(assessment("ct", StudyCategory.CT_WITHOUT_CONTRAST, KIDNEY_RISK)),
				Set.of(StudyCategory.MRI_WITHOUT_CONTRAST));

		assertThat(result).extracting(Assessment::recommendation).containsExactly(KEEP);
	}

	@Test
	void reviewedOrderThatIsTheRecommendedAlternativeMeansNoneCarriesIt() {
		List<Assessment> result = OneRecommendation
			.perOrderSession(List.of(assessment("ct", StudyCategory.CT_WITHOUT_CONTRAST, KIDNEY_RISK),
					assessment("mri", StudyCategory.MRI_WITHOUT_CONTRAST, KIDNEY_RISK)), Set.of());

		assertThat(result).extracting(Assessment::recommendation).containsExactly(KEEP, KEEP);
	}

	@Test
	void demotedOrdersKeepTheirStudyRatingAndFindings() {
		Assessment mri = assessment("mri", StudyCategory.MRI_WITH_CONTRAST);
		Assessment ct = assessment("ct", StudyCategory.CT_WITHOUT_CONTRAST);

		Assessment demoted = OneRecommendation.perOrderSession(List.of(mri, ct), Set.of()).get(1);

		assertThat(demoted.ordered()).isSameAs(ct.ordered());
		assertThat(demoted.rating()).contains(AcrRating.MAY_BE_APPROPRIATE);
		assertThat(demoted.findings()).isSameAs(FINDINGS);
	}

	@Test
	void noAssessmentsGiveNone() {
		assertThat(OneRecommendation.perOrderSession(List.of(), Set.of())).isEmpty();
	}

}

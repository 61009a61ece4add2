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
import java.util.Map;
import org.spinecds.guideline.acr.lbp.LbpFixtures;
import org.spinecds.guideline.evidence.Findings;
import org.junit.jupiter.api.Test;

class OneRecommendationTest {

	private static final PostOperativeFootDrop FINDINGS = new PostOperativeFootDrop(footDrop().build(),
			surgery().build(), List.of(footDrop().build()), List.of(surgery().build()), Urgency.URGENT,
			OptionalLong.empty());

	private static final SafetyReview NO_RISK = new SafetyReview(List.of());

	private static final SafetyReview KIDNEY_RISK = new SafetyReview(
			List.of(Evidence.safety(SafetyConcern.KIDNEY_FUNCTION)));

	private static GuidelineOutcome assessment(String id, StudyCategory category) {
		return assessment(id, category, NO_RISK);
	}

	private static GuidelineOutcome assessment(String id, StudyCategory category, SafetyReview safety) {
		OrderedStudy study = new OrderedStudy(order(CPT, "00000").id(id).build(), category,
				new Coding(CPT, "00000", null));
		VariantMatch match = new VariantMatch("V5", LbpFixtures.TABLE.variant("V5"), "acr-low-back-pain/v5-foot-drop",
				List.of(Findings.of(FINDINGS.footDrop())), false, Map.of("urgency", "URGENT"));
		return LbpFixtures.GUIDELINE.rate(study, List.of(match), () -> safety);
	}

	@Test
	void singleOrderKeepsItsRecommendation() {
		GuidelineOutcome ct = assessment("ct", StudyCategory.CT_WITHOUT_CONTRAST);

		assertThat(OneRecommendation.perOrderSession(List.of(ct), Set.of())).containsExactly(ct);
	}

	@Test
	void firstOrderToReplaceCarriesTheRecommendation() {
		List<GuidelineOutcome> result = OneRecommendation.perOrderSession(
				List.of(assessment("xr", StudyCategory.RADIOGRAPHY), assessment("mri", StudyCategory.MRI_WITH_CONTRAST),
						assessment("ct", StudyCategory.CT_WITHOUT_CONTRAST)),
				Set.of());

		assertThat(result).extracting(GuidelineOutcome::recommendation).containsExactly(KEEP, REPLACE_ORDER, KEEP);
	}

	@Test
	void firstRadiographCarriesItWhenNothingIsToBeReplaced() {
		List<GuidelineOutcome> result = OneRecommendation.perOrderSession(
				List.of(assessment("xr-1", StudyCategory.RADIOGRAPHY), assessment("xr-2", StudyCategory.RADIOGRAPHY)),
				Set.of());

		assertThat(result).extracting(GuidelineOutcome::recommendation).containsExactly(ADD_ORDER, KEEP);
	}

	@Test
	void recommendedStudyAlreadyOrderedMeansNoneCarriesIt() {
		List<GuidelineOutcome> result = OneRecommendation.perOrderSession(
				List.of(assessment("xr", StudyCategory.RADIOGRAPHY),
						assessment("ct", StudyCategory.CT_WITHOUT_CONTRAST)),
				Set.of(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST));

		assertThat(result).extracting(GuidelineOutcome::recommendation).containsExactly(KEEP, KEEP);
	}

	@Test
	void otherDraftOfAStudyThatIsNotTheRecommendedOneDoesNotStopTheRecommendation() {
		List<GuidelineOutcome> result = OneRecommendation.perOrderSession(
				List.of(assessment("ct", StudyCategory.CT_WITHOUT_CONTRAST, KIDNEY_RISK)),
				Set.of(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST));

		assertThat(result).extracting(GuidelineOutcome::recommendation).containsExactly(REPLACE_ORDER);
	}

	@Test
	void recommendedAlternativeAmongTheOtherDraftsMeansNoneCarriesIt() {
		List<GuidelineOutcome> result = OneRecommendation.perOrderSession(
				List.of(assessment("ct", StudyCategory.CT_WITHOUT_CONTRAST, KIDNEY_RISK)),
				Set.of(StudyCategory.MRI_WITHOUT_CONTRAST));

		assertThat(result).extracting(GuidelineOutcome::recommendation).containsExactly(KEEP);
	}

	@Test
	void reviewedOrderThatIsTheRecommendedAlternativeMeansNoneCarriesIt() {
		List<GuidelineOutcome> result = OneRecommendation
			.perOrderSession(List.of(assessment("ct", StudyCategory.CT_WITHOUT_CONTRAST, KIDNEY_RISK),
					assessment("mri", StudyCategory.MRI_WITHOUT_CONTRAST, KIDNEY_RISK)), Set.of());

		assertThat(result).extracting(GuidelineOutcome::recommendation).containsExactly(KEEP, KEEP);
	}

	@Test
	void demotedOrdersKeepTheirStudyRatingAndFindings() {
		GuidelineOutcome mri = assessment("mri", StudyCategory.MRI_WITH_CONTRAST);
		GuidelineOutcome ct = assessment("ct", StudyCategory.CT_WITHOUT_CONTRAST);

		GuidelineOutcome demoted = OneRecommendation.perOrderSession(List.of(mri, ct), Set.of()).get(1);

		assertThat(demoted.ordered()).isSameAs(ct.ordered());
		assertThat(demoted.rating()).contains(AcrRating.MAY_BE_APPROPRIATE);
		assertThat(demoted.matches()).isEqualTo(ct.matches());
	}

	@Test
	void noGuidelineOutcomesGiveNone() {
		assertThat(OneRecommendation.perOrderSession(List.of(), Set.of())).isEmpty();
	}

}

package org.spinecds.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.spinecds.cards.AssessmentBuilder.assessment;
import static org.spinecds.cards.AssessmentBuilder.draftOrder;
import static org.spinecds.cards.SequentialUuids.uuid;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSystemActionJson;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.spinecds.guideline.AcrLowBackPainVariant5;
import org.spinecds.guideline.Assessment;
import org.spinecds.guideline.Recommendation;
import org.spinecds.guideline.StudyCategory;
import org.spinecds.guideline.StudyOptions;
import org.spinecds.terminology.TestTerminology;

/**
 * The Argonaut PAMA system actions: one per rated order, at the top level and under
 * extension.
 */
class CardRendererRatingTest {

	private final CardRenderer renderer = new CardRenderer(
			OrderableStudies.load(TestTerminology.FHIR, StudyOptions.OFFERABLE), new SequentialUuids());

	private static Assessment rated(String id, StudyCategory category, Recommendation recommendation) {
		return assessment().order(draftOrder(category).id(id).build())
			.category(category)
			.recommendation(recommendation)
			.build();
	}

	private static ServiceRequest resource(CdsServiceResponseSystemActionJson action) {
		return (ServiceRequest) action.getResource();
	}

	private static List<Coding> pamaRating(ServiceRequest order) {
		return ((CodeableConcept) order.getExtensionByUrl(PamaRating.RATING).getValue()).getCoding();
	}

	@Test
	void everyRatedOrderGetsOneSystemAction() {
		ArgonautCdsServiceResponseJson response = renderer
			.render(List.of(rated("sr-ct", StudyCategory.CT_WITHOUT_CONTRAST, Recommendation.REPLACE_ORDER),
					rated("sr-mri-w", StudyCategory.MRI_WITH_CONTRAST, Recommendation.KEEP),
					rated("sr-myelo", StudyCategory.MYELOGRAPHY, Recommendation.KEEP)));

		assertThat(response.getServiceActions()).extracting(action -> resource(action).getIdElement().getIdPart())
			.containsExactly("sr-ct", "sr-mri-w");
		assertThat(response.getServiceActions()).extracting(CdsServiceResponseSystemActionJson::getType)
			.containsOnly("update");
		assertThat(response.ratings()).containsExactly("may-be-appropriate", "usually-not-appropriate");
	}

	@Test
	void appropriateRatingCarriesTheAcrCategory() {
		ServiceRequest rated = resource(
				renderer.render(List.of(rated("sr-ct", StudyCategory.CT_WITHOUT_CONTRAST, Recommendation.KEEP)))
					.getServiceActions()
					.get(0));

		assertThat(pamaRating(rated)).extracting(Coding::getSystem, Coding::getCode, Coding::getDisplay)
			.containsExactly(tuple(PamaRating.RATING_SYSTEM, "appropriate", "Appropriate"),
					tuple(CodeSystems.ACR_CATEGORY, "may-be-appropriate", "May be appropriate"));
	}

	@Test
	void notAppropriateRatingCarriesTheAcrCategory() {
		ServiceRequest rated = resource(
				renderer.render(List.of(rated("sr-mri-w", StudyCategory.MRI_WITH_CONTRAST, Recommendation.KEEP)))
					.getServiceActions()
					.get(0));

		assertThat(pamaRating(rated)).extracting(Coding::getSystem, Coding::getCode, Coding::getDisplay)
			.containsExactly(tuple(PamaRating.RATING_SYSTEM, "not-appropriate", "Not appropriate"),
					tuple(CodeSystems.ACR_CATEGORY, "usually-not-appropriate", "Usually not appropriate"));
	}

	@Test
	void ratedOrderIsACopyOfTheDraftWithConsultIdAndAucApplied() {
		Assessment assessment = rated("sr-ct", StudyCategory.CT_WITHOUT_CONTRAST, Recommendation.KEEP);

		CdsServiceResponseSystemActionJson action = renderer.render(List.of(assessment)).getServiceActions().get(0);
		ServiceRequest rated = resource(action);

		assertThat(rated).isNotSameAs(assessment.ordered().order());
		assertThat(assessment.ordered().order().getExtension()).isEmpty();
		assertThat(rated.getCode().getCodingFirstRep().getCode()).isEqualTo("72131");
		assertThat(rated.getSubject().getReference()).isEqualTo("Patient/pt-1");
		assertThat(rated.hasPriority()).isFalse();
		assertThat(rated.getExtensionByUrl(PamaRating.CONSULT_ID).getValue().primitiveValue())
			.isEqualTo("urn:uuid:" + uuid(1));
		assertThat(rated.getExtensionByUrl(PamaRating.AUC_APPLIED).getValue().primitiveValue())
			.isEqualTo(AcrLowBackPainVariant5.NARRATIVE_URL);
		assertThat(action.getDescription())
			.isEqualTo("Record the ACR appropriateness rating (May be appropriate) on ServiceRequest/sr-ct");
	}

	@Test
	void keptOrderIsRatedButGetsNoCard() {
		ArgonautCdsServiceResponseJson response = renderer
			.render(List.of(rated("sr-wwo", StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST, Recommendation.KEEP)));

		assertThat(response.getCards()).isEmpty();
		assertThat(response.ratings()).containsExactly("usually-appropriate");
		assertThat(pamaRating(resource(response.getServiceActions().get(0))).get(0).getCode()).isEqualTo("appropriate");
	}

	@Test
	void unratedOrderToReplaceGetsACardButNoSystemAction() {
		ArgonautCdsServiceResponseJson response = renderer
			.render(List.of(rated("sr-mri", StudyCategory.MRI_CONTRAST_UNSPECIFIED, Recommendation.REPLACE_ORDER)));

		assertThat(response.getCards()).hasSize(1);
		assertThat(response.getServiceActions()).isNullOrEmpty();
		assertThat(response.ratings()).isEmpty();
	}

	@Test
	void extensionSystemActionsEqualTheTopLevelSystemActions() {
		ArgonautCdsServiceResponseJson response = renderer
			.render(List.of(rated("sr-ct", StudyCategory.CT_WITHOUT_CONTRAST, Recommendation.REPLACE_ORDER),
					rated("sr-xr", StudyCategory.RADIOGRAPHY, Recommendation.KEEP)));

		assertThat(response.getExtension()).containsOnlyKeys("systemActions");
		assertThat(response.getExtension().get("systemActions")).hasSize(2)
			.containsExactlyElementsOf(response.getServiceActions());
	}

	@Test
	void noAssessmentsGiveNoCardsAndNoRatings() {
		ArgonautCdsServiceResponseJson response = renderer.render(List.of());

		assertThat(response.getCards()).isEmpty();
		assertThat(response.getServiceActions()).isNullOrEmpty();
		assertThat(response.ratings()).isEmpty();
	}

}

package org.spinecds.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.spinecds.cards.OutcomeBuilder.outcome;
import static org.spinecds.cards.OutcomeBuilder.draftOrder;
import static org.spinecds.cards.SequentialUuids.uuid;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSystemActionJson;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.spinecds.guideline.GuidelineOutcome;
import org.spinecds.guideline.Recommendation;
import org.spinecds.guideline.StudyCategory;
import org.spinecds.guideline.StudyOptions;
import org.spinecds.terminology.TestTerminology;

/**
 * The Argonaut PAMA system actions: one per rated order, at the top level and under
 * extension.
 */
class CardRendererRatingTest {

	private final CardRenderer renderer = RenderedText.renderer(new SequentialUuids());

	private static GuidelineOutcome rated(String id, StudyCategory category, Recommendation recommendation) {
		return outcome().order(draftOrder(category).id(id).build())
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
			.containsExactly("sr-ct", "sr-mri-w", "sr-myelo");
		assertThat(response.getServiceActions()).extracting(CdsServiceResponseSystemActionJson::getType)
			.containsOnly("update");
		// conventional myelography is not in the ACR table: no criteria apply
		assertThat(response.ratings()).containsExactly("may-be-appropriate", "usually-not-appropriate",
				"no-criteria-apply");
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
		GuidelineOutcome assessment = rated("sr-ct", StudyCategory.CT_WITHOUT_CONTRAST, Recommendation.KEEP);

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
			.isEqualTo("https://acsearch.acr.org/docs/69483/Narrative/");
		assertThat(action.getDescription()).isEqualTo(
				"Record the ACR appropriateness rating (May be appropriate) on the CT lumbar spine without IV contrast order");
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
	void orderTheTableDoesNotRateGetsACardAndNoCriteriaApply() {
		ArgonautCdsServiceResponseJson response = renderer
			.render(List.of(rated("sr-myelo", StudyCategory.MYELOGRAPHY, Recommendation.REPLACE_ORDER)));

		assertThat(response.getCards()).hasSize(1);
		assertThat(response.getServiceActions()).singleElement()
			.satisfies(action -> assertThat(action.getDescription())
				.isEqualTo("Record that no ACR appropriateness criteria apply to the Myelography lumbar spine"
						+ " (conventional) order"));
		assertThat(response.ratings()).containsExactly("no-criteria-apply");
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

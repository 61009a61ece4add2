package org.spinecds.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.cards.OutcomeBuilder.outcome;
import static org.spinecds.cards.OutcomeBuilder.draftOrder;
import static org.spinecds.cards.SequentialUuids.uuid;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceIndicatorEnum;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCardJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCodingJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSuggestionActionJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSuggestionJson;
import java.util.List;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.spinecds.guideline.StudyCategory;
import org.spinecds.guideline.StudyOptions;
import org.spinecds.terminology.TestTerminology;

/**
 * The card for an order that should change: its CDS Hooks fields and its one recommended
 * suggestion.
 */
class CardRendererCardTest {

	private final CardRenderer renderer = RenderedText.renderer(new SequentialUuids());

	private ArgonautCdsServiceResponseJson render(OutcomeBuilder assessment) {
		return renderer.render(List.of(assessment.build()));
	}

	private CdsServiceResponseCardJson card(OutcomeBuilder assessment) {
		List<CdsServiceResponseCardJson> cards = render(assessment).getCards();
		assertThat(cards).hasSize(1);
		return cards.get(0);
	}

	private static CdsServiceResponseSuggestionActionJson action(CdsServiceResponseCardJson card) {
		assertThat(card.getSuggestions()).hasSize(1);
		assertThat(card.getSuggestions().get(0).getActions()).hasSize(1);
		return card.getSuggestions().get(0).getActions().get(0);
	}

	@Test
	void uuidsAreFreshForConsultCardAndSuggestion() {
		ArgonautCdsServiceResponseJson response = render(
				outcome().order(draftOrder(StudyCategory.CT_WITHOUT_CONTRAST).id("sr-ct").build())
					.category(StudyCategory.CT_WITHOUT_CONTRAST));
		CdsServiceResponseCardJson card = response.getCards().get(0);
		ServiceRequest suggested = (ServiceRequest) action(card).getResource();
		ServiceRequest rated = (ServiceRequest) response.getServiceActions().get(0).getResource();

		assertThat(rated.getExtensionByUrl(PamaRating.CONSULT_ID).getValue().primitiveValue())
			.isEqualTo("urn:uuid:" + uuid(1));
		assertThat(suggested.getExtensionByUrl(PamaRating.CONSULT_ID).getValue().primitiveValue())
			.isEqualTo("urn:uuid:" + uuid(1));
		assertThat(card.getUuid()).isEqualTo(uuid(2));
		assertThat(card.getSuggestions().get(0).getUuid()).isEqualTo(uuid(3));
	}

	@Test
	void cardHasSummaryDetailAndSourceWithTopic() {
		CdsServiceResponseCardJson card = card(outcome().emergent(7));

		assertThat(card.getSummary()).startsWith("Foot drop 7 days after lumbar surgery");
		assertThat(card.getDetail()).contains("**Evidence**",
				"- Foot drop: Foot-drop (SNOMED CT 6077001), since 2026-11-10", "- Prior lumbar surgery: Arthrodesis",
				"- Order: MRI lumbar spine without IV contrast (CPT 72148)");
		assertThat(card.getDetail()).doesNotContain("Condition/fd", "Procedure/fusion", "ServiceRequest/sr-1");
		assertThat(card.getSource().getLabel())
			.isEqualTo("ACR Appropriateness Criteria: Low Back Pain (2021 update), variant 5");
		assertThat(card.getSource().getUrl()).isEqualTo("https://acsearch.acr.org/docs/69483/Narrative/");
		CdsServiceResponseCodingJson topic = card.getSource().getTopic();
		assertThat(topic.getSystem()).isEqualTo(CodeSystems.CARD_TYPE);
		assertThat(topic.getCode()).isEqualTo("post-op-foot-drop-lumbar-mri");
		assertThat(topic.getDisplay()).isNotBlank();
	}

	@Test
	void emergentIsCriticalAcceptableButNotFirstIsInfoAndNotAppropriateIsWarning() {
		assertThat(card(outcome().emergent(7)).getIndicator()).isEqualTo(CdsServiceIndicatorEnum.CRITICAL);
		// MRI without contrast: usually appropriate in variant 5, but MRI without and
		// with is named first
		assertThat(card(outcome().urgent()).getIndicator()).isEqualTo(CdsServiceIndicatorEnum.INFO);
		assertThat(card(outcome().category(StudyCategory.CT_WITHOUT_CONTRAST).urgent()).getIndicator())
			.isEqualTo(CdsServiceIndicatorEnum.INFO);
		assertThat(card(outcome().category(StudyCategory.MRI_WITH_CONTRAST).urgent()).getIndicator())
			.isEqualTo(CdsServiceIndicatorEnum.WARNING);
	}

	@Test
	void selectionBehaviorIsAtMostOne() {
		assertThat(card(outcome()).getSelectionBehaviour()).isEqualTo("at-most-one");
	}

	@Test
	void everyOverrideReasonHasACodeAndADisplay() {
		List<CdsServiceResponseCodingJson> reasons = card(outcome()).getOverrideReasons();

		assertThat(reasons).extracting(CdsServiceResponseCodingJson::getCode)
			.containsExactly("contrast-contraindicated", "mr-unsafe-implant", "recent-equivalent-imaging",
					"patient-declines", "other");
		assertThat(reasons).allSatisfy(reason -> {
			assertThat(reason.getSystem()).isEqualTo(CodeSystems.OVERRIDE_REASON);
			assertThat(reason.getDisplay()).isNotBlank();
		});
	}

	@Test
	void linksToTheAcrNarrativeAsAnAbsoluteLink() {
		assertThat(card(outcome()).getLinks()).singleElement().satisfies(link -> {
			assertThat(link.getType()).isEqualTo("absolute");
			assertThat(link.getUrl()).isEqualTo("https://acsearch.acr.org/docs/69483/Narrative/");
			assertThat(link.getLabel()).isNotBlank();
		});
	}

	@Test
	void replaceSuggestionIsARecommendedUpdateOfTheDraftOrder() {
		CdsServiceResponseCardJson card = card(outcome().emergent(7));
		CdsServiceResponseSuggestionJson suggestion = card.getSuggestions().get(0);
		CdsServiceResponseSuggestionActionJson action = action(card);
		ServiceRequest resource = (ServiceRequest) action.getResource();

		assertThat(suggestion.getRecommended()).isTrue();
		assertThat(suggestion.getUuid()).isNotBlank();
		assertThat(suggestion.getLabel())
			.isEqualTo("Change to MRI lumbar spine without and with IV contrast (STAT; ACR: usually appropriate)");
		assertThat(action.getType()).isEqualTo("update");
		assertThat(action.getDescription()).isEqualTo(
				"Change the MRI lumbar spine without IV contrast order to STAT MRI lumbar spine without and with IV contrast");
		assertThat(resource.getIdElement().getIdPart()).isEqualTo("sr-1");
		assertThat(resource.getCode().getCodingFirstRep().getCode()).isEqualTo("72158");
		assertThat(resource.getPriority()).isEqualTo(ServiceRequest.ServiceRequestPriority.STAT);
	}

	@Test
	void radiographSuggestionIsARecommendedCreateBesideIt() {
		CdsServiceResponseCardJson card = card(
				outcome().order(draftOrder(StudyCategory.RADIOGRAPHY).id("sr-xr").build())
					.category(StudyCategory.RADIOGRAPHY)
					.urgent());
		CdsServiceResponseSuggestionJson suggestion = card.getSuggestions().get(0);
		CdsServiceResponseSuggestionActionJson action = action(card);
		ServiceRequest resource = (ServiceRequest) action.getResource();

		assertThat(suggestion.getRecommended()).isTrue();
		assertThat(suggestion.getLabel())
			.isEqualTo("Add MRI lumbar spine without and with IV contrast (URGENT; ACR: usually appropriate)");
		assertThat(action.getType()).isEqualTo("create");
		assertThat(action.getDescription()).isEqualTo(
				"Add a new order for URGENT MRI lumbar spine without and with IV contrast beside the Radiography lumbar spine order");
		assertThat(resource.hasId()).isFalse();
		assertThat(resource.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.DRAFT);
		assertThat(resource.getSubject().getReference()).isEqualTo("Patient/pt-1");
	}

}

package org.spinecds.cards;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceIndicatorEnum;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCardJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCardSourceJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCodingJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseLinkJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSuggestionActionJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSuggestionJson;
import java.util.List;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.guideline.AcrLowBackPainVariant5;
import org.spinecds.guideline.Assessment;
import org.spinecds.guideline.Recommendation;
import org.spinecds.guideline.Urgency;

/** Renders the card for one assessment whose order should change: evidence, ratings, one recommended suggestion. */
final class CardFactory {

	static final String CARD_TYPE = "post-op-foot-drop-lumbar-mri";

	private final RecommendedStudy study;
	private final SuggestedOrder suggestedOrder;
	private final Supplier<String> uuids;

	CardFactory(RecommendedStudy study, Supplier<String> uuids) {
		this.study = study;
		this.suggestedOrder = new SuggestedOrder(study);
		this.uuids = uuids;
	}

	CdsServiceResponseCardJson card(Assessment assessment, String consultId) {
		CdsServiceResponseCardJson card = new CdsServiceResponseCardJson()
				.setUuid(uuids.get())
				.setSummary(CardText.summary(assessment))
				.setDetail(CardText.detail(assessment, study.protocol()))
				.setIndicator(assessment.findings().urgency() == Urgency.EMERGENT
						? CdsServiceIndicatorEnum.CRITICAL
						: CdsServiceIndicatorEnum.WARNING)
				.setSource(source())
				.setSelectionBehaviour("at-most-one")
				.setOverrideReasons(OverrideReason.asCodings())
				.setLinks(List.of(new CdsServiceResponseLinkJson()
						.setLabel("ACR Appropriateness Criteria: Low Back Pain (narrative and evidence)")
						.setUrl(AcrLowBackPainVariant5.NARRATIVE_URL)
						.setType("absolute")));
		card.addSuggestion(suggestion(assessment, consultId));
		return card;
	}

	private CdsServiceResponseSuggestionJson suggestion(Assessment assessment, String consultId) {
		boolean add = assessment.recommendation() == Recommendation.ADD_MRI_WITHOUT_AND_WITH_CONTRAST;
		ServiceRequest order = add
				? suggestedOrder.besides(assessment, consultId)
				: suggestedOrder.replacing(assessment, consultId);
		String priority = order.getPriority().toCode().toUpperCase();
		CdsServiceResponseSuggestionActionJson action = new CdsServiceResponseSuggestionActionJson()
				.setType(add ? "create" : "update")
				.setDescription(add
						? "Add a " + priority + " order for " + study.title() + " beside " + assessment.ordered().reference()
						: "Change " + assessment.ordered().reference() + " to " + priority + " " + study.title())
				.setResource(order);
		CdsServiceResponseSuggestionJson suggestion = new CdsServiceResponseSuggestionJson()
				.setLabel((add ? "Add " : "Change to ") + study.title() + " (" + priority + ")")
				.setUuid(uuids.get())
				.setRecommended(true);
		suggestion.addAction(action);
		return suggestion;
	}

	private static CdsServiceResponseCardSourceJson source() {
		return new CdsServiceResponseCardSourceJson()
				.setLabel(AcrLowBackPainVariant5.TITLE)
				.setUrl(AcrLowBackPainVariant5.NARRATIVE_URL)
				.setTopic(new CdsServiceResponseCodingJson()
						.setSystem(CodeSystems.CARD_TYPE)
						.setCode(CARD_TYPE)
						.setDisplay("Foot drop after lumbar surgery: lumbar MRI"));
	}
}

package org.spinecds.cards;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceIndicatorEnum;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCardJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCardSourceJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCodingJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseLinkJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSuggestionActionJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSuggestionJson;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.guideline.AcrLowBackPainVariant5;
import org.spinecds.guideline.Assessment;
import org.spinecds.guideline.Recommendation;
import org.spinecds.guideline.StudyOption;
import org.spinecds.guideline.Urgency;

/**
 * Renders the card for one assessment whose order should change: evidence, safety,
 * ratings, and one suggestion per offered study (at most one recommended; each carries
 * its own ACR rating).
 */
final class CardFactory {

	static final String CARD_TYPE = "post-op-foot-drop-lumbar-mri";

	private final OrderableStudies studies;

	private final SuggestedOrder suggestedOrder;

	private final Supplier<String> uuids;

	CardFactory(OrderableStudies studies, Supplier<String> uuids) {
		this.studies = studies;
		this.suggestedOrder = new SuggestedOrder(studies);
		this.uuids = uuids;
	}

	/**
	 * {@code consultId}: the one consultation identifier of this order's evaluation
	 * (Argonaut PAMA).
	 */
	CdsServiceResponseCardJson card(Assessment assessment, String consultId) {
		CdsServiceResponseCardJson card = new CdsServiceResponseCardJson().setUuid(uuids.get())
			.setSummary(CardText.summary(assessment))
			.setDetail(CardText.detail(assessment, studies.protocol(assessment.recommended().study())))
			.setIndicator(assessment.findings().urgency() == Urgency.EMERGENT ? CdsServiceIndicatorEnum.CRITICAL
					: CdsServiceIndicatorEnum.WARNING)
			.setSource(source())
			.setSelectionBehaviour("at-most-one")
			.setOverrideReasons(OverrideReason.asCodings())
			.setLinks(List.of(new CdsServiceResponseLinkJson()
				.setLabel("ACR Appropriateness Criteria: Low Back Pain (narrative and evidence)")
				.setUrl(AcrLowBackPainVariant5.NARRATIVE_URL)
				.setType("absolute")));
		for (StudyOption option : assessment.suggestions()) {
			card.addSuggestion(suggestion(assessment, option, consultId));
		}
		return card;
	}

	private CdsServiceResponseSuggestionJson suggestion(Assessment assessment, StudyOption option, String consultId) {
		boolean add = assessment.recommendation() == Recommendation.ADD_ORDER;
		ServiceRequest order = add ? suggestedOrder.besides(assessment, option, consultId)
				: suggestedOrder.replacing(assessment, option, consultId);
		String priority = SuggestedOrder.priorityOf(assessment).toUpperCase(Locale.ROOT);
		String title = studies.title(option.study());
		CdsServiceResponseSuggestionActionJson action = new CdsServiceResponseSuggestionActionJson()
			.setType(add ? "create" : "update")
			.setDescription(add
					? "Add a new " + priority + " order for " + title + " beside " + assessment.ordered().reference()
					: "Change " + assessment.ordered().reference() + " to " + priority + " " + title)
			.setResource(order);
		CdsServiceResponseSuggestionJson suggestion = new CdsServiceResponseSuggestionJson()
			.setLabel((add ? "Add " : "Change to ") + title + " (" + priority + "; ACR: "
					+ option.rating().label().toLowerCase(Locale.ROOT) + ")")
			.setUuid(uuids.get())
			.setRecommended(option.recommended());
		suggestion.addAction(action);
		return suggestion;
	}

	private static CdsServiceResponseCardSourceJson source() {
		return new CdsServiceResponseCardSourceJson().setLabel(AcrLowBackPainVariant5.TITLE)
			.setUrl(AcrLowBackPainVariant5.NARRATIVE_URL)
			.setTopic(new CdsServiceResponseCodingJson().setSystem(CodeSystems.CARD_TYPE)
				.setCode(CARD_TYPE)
				.setDisplay("Foot drop after lumbar surgery: lumbar MRI"));
	}

}

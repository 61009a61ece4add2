package org.spinecds.cards;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSystemActionJson;
import java.util.List;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.guideline.GuidelineOutcome;
import org.spinecds.guideline.OutcomeStatus;
import org.spinecds.guideline.Recommendation;

/**
 * Turns guideline outcomes into the hook response: a card for every outcome that has one,
 * and for every rated order a system action that attaches its ACR rating (Argonaut PAMA),
 * both at the top level and under extension. An order the guideline does not cover gets
 * "no-criteria-apply" and no card; an order whose indication is needed gets no rating.
 */
public final class CardRenderer {

	/**
	 * Card types not repeated on order-sign once shown on order-select (the request for
	 * the indication: an information card the clinician has already seen).
	 */
	public static final java.util.Set<String> QUIET_AFTER_SELECT = java.util.Set
		.of("acr-low-back-pain-indication-needed");

	private final CardFactory cardFactory;

	private final Supplier<String> uuids;

	public CardRenderer(OrderableStudies studies, CardTemplates templates, Supplier<String> uuids) {
		this.cardFactory = new CardFactory(studies, templates, uuids);
		this.uuids = uuids;
	}

	/** The placeholders card templates may use. */
	public static java.util.Set<String> placeholders() {
		return CardFactory.PLACEHOLDERS;
	}

	public ArgonautCdsServiceResponseJson render(List<GuidelineOutcome> outcomes) {
		ArgonautCdsServiceResponseJson response = new ArgonautCdsServiceResponseJson();
		for (GuidelineOutcome outcome : outcomes) {
			String consultId = "urn:uuid:" + uuids.get();
			ratingAction(outcome, consultId).ifPresent(response::addServiceAction);
			if (hasCard(outcome)) {
				response.addCard(cardFactory.card(outcome, consultId), outcome.ordered().order());
			}
		}
		return response;
	}

	static boolean hasCard(GuidelineOutcome outcome) {
		return outcome.hasCard() && (outcome.status() == OutcomeStatus.INDICATION_NEEDED
				|| outcome.recommendation() != Recommendation.KEEP);
	}

	private static java.util.Optional<CdsServiceResponseSystemActionJson> ratingAction(GuidelineOutcome outcome,
			String consultId) {
		ServiceRequest rated = outcome.ordered().order().copy();
		String study = outcome.ordered().category().label();
		if (outcome.status() == OutcomeStatus.RATED && outcome.rating().isPresent()) {
			PamaRating.apply(rated, outcome.rating().get(), consultId, outcome.narrativeUrl());
			return java.util.Optional.of(new CdsServiceResponseSystemActionJson().setType("update")
				.setDescription("Record the ACR appropriateness rating (" + outcome.rating().get().label() + ") on the "
						+ study + " order")
				.setResource(rated));
		}
		if (outcome.status() == OutcomeStatus.NO_CRITERIA_APPLY
				|| (outcome.status() == OutcomeStatus.RATED && outcome.rating().isEmpty())) {
			PamaRating.applyNoCriteria(rated, consultId, outcome.narrativeUrl());
			return java.util.Optional.of(new CdsServiceResponseSystemActionJson().setType("update")
				.setDescription("Record that no ACR appropriateness criteria apply to the " + study + " order")
				.setResource(rated));
		}
		return java.util.Optional.empty();
	}

}

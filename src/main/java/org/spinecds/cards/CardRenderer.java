package org.spinecds.cards;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSystemActionJson;
import java.util.List;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.guideline.AcrRating;
import org.spinecds.guideline.Assessment;
import org.spinecds.guideline.Recommendation;

/**
 * Turns assessments into the hook response: a card for every order that should change,
 * and for every rated order a system action that attaches its ACR rating (Argonaut PAMA),
 * both at the top level and under extension.
 */
public final class CardRenderer {

	private final CardFactory cardFactory;

	private final Supplier<String> uuids;

	public CardRenderer(OrderableStudies studies, Supplier<String> uuids) {
		this.cardFactory = new CardFactory(studies, uuids);
		this.uuids = uuids;
	}

	public ArgonautCdsServiceResponseJson render(List<Assessment> assessments) {
		ArgonautCdsServiceResponseJson response = new ArgonautCdsServiceResponseJson();
		for (Assessment assessment : assessments) {
			String consultId = "urn:uuid:" + uuids.get();
			assessment.rating()
				.ifPresent(rating -> response.addServiceAction(ratingAction(assessment, rating, consultId)));
			if (assessment.recommendation() != Recommendation.KEEP) {
				response.addCard(cardFactory.card(assessment, consultId), assessment.ordered().order());
			}
		}
		return response;
	}

	private static CdsServiceResponseSystemActionJson ratingAction(Assessment assessment, AcrRating rating,
			String consultId) {
		ServiceRequest rated = assessment.ordered().order().copy();
		PamaRating.apply(rated, rating, consultId);
		return new CdsServiceResponseSystemActionJson().setType("update")
			.setDescription("Record the ACR appropriateness rating (" + rating.label() + ") on "
					+ assessment.ordered().reference())
			.setResource(rated);
	}

}

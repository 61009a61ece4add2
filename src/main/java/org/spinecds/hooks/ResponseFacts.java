package org.spinecds.hooks;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCardJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSuggestionJson;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.cards.ArgonautCdsServiceResponseJson;
import org.spinecds.feedback.IssuedCard;
import org.spinecds.feedback.RatedOrder;

/**
 * The facts of a response that the feedback store keeps: its cards and its rated orders.
 */
final class ResponseFacts {

	private ResponseFacts() {
	}

	static List<IssuedCard> cards(List<CdsServiceResponseCardJson> cards, ArgonautCdsServiceResponseJson response) {
		return cards.stream().map(card -> issued(card, response)).toList();
	}

	static List<RatedOrder> ratedOrders(ArgonautCdsServiceResponseJson response) {
		List<ServiceRequest> orders = response.ratedOrders();
		List<String> ratings = response.ratings();
		return IntStream.range(0, orders.size())
			.mapToObj(i -> new RatedOrder(OrderCodes.firstCoding(orders.get(i)), ratings.get(i)))
			.toList();
	}

	private static IssuedCard issued(CdsServiceResponseCardJson card, ArgonautCdsServiceResponseJson response) {
		List<String> suggestionUuids = card.getSuggestions() == null ? List.of()
				: card.getSuggestions()
					.stream()
					.map(CdsServiceResponseSuggestionJson::getUuid)
					.filter(Objects::nonNull)
					.toList();
		String cardType = card.getSource() != null && card.getSource().getTopic() != null
				? card.getSource().getTopic().getCode() : null;
		return new IssuedCard(card.getUuid(), suggestionUuids, cardType,
				card.getIndicator() == null ? "info" : card.getIndicator().name().toLowerCase(Locale.ROOT),
				response.reviewedOrder(card).map(OrderCodes::firstCoding).orElse(null));
	}

}

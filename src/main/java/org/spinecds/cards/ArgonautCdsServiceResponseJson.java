package org.spinecds.cards;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCardJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSystemActionJson;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * A CDS Hooks 2.0 response that also carries the system actions under
 * {@code extension.systemActions}, where the Argonaut PAMA convention (and the CDS Hooks
 * sandbox) reads them. HAPI's response model has no response extension. Also remembers,
 * outside the JSON, which draft order each card is about and which cards were held back,
 * for the audit.
 */
public class ArgonautCdsServiceResponseJson extends CdsServiceResponseJson {

	@JsonProperty("extension")
	private Map<String, List<CdsServiceResponseSystemActionJson>> extension;

	@JsonIgnore
	private final Map<CdsServiceResponseCardJson, ServiceRequest> reviewedOrders = new IdentityHashMap<>();

	@JsonIgnore
	private final List<CdsServiceResponseCardJson> suppressedCards = new ArrayList<>();

	@Override
	public void addServiceAction(CdsServiceResponseSystemActionJson systemAction) {
		super.addServiceAction(systemAction);
		extension = Map.of("systemActions", getServiceActions());
	}

	void addCard(CdsServiceResponseCardJson card, ServiceRequest reviewedOrder) {
		addCard(card);
		reviewedOrders.put(card, reviewedOrder);
	}

	public Map<String, List<CdsServiceResponseSystemActionJson>> getExtension() {
		return extension;
	}

	/**
	 * The draft order the card is about (the one it suggests changing, or adding an order
	 * beside).
	 */
	public Optional<ServiceRequest> reviewedOrder(CdsServiceResponseCardJson card) {
		return Optional.ofNullable(reviewedOrders.get(card));
	}

	/** Takes the cards with these uuids out of the answer; their ratings stay. */
	public void suppress(Set<String> cardUuids) {
		List<CdsServiceResponseCardJson> held = getCards().stream()
			.filter(card -> cardUuids.contains(card.getUuid()))
			.toList();
		getCards().removeAll(held);
		suppressedCards.addAll(held);
	}

	@JsonIgnore
	public List<CdsServiceResponseCardJson> getSuppressedCards() {
		return List.copyOf(suppressedCards);
	}

	/**
	 * The rated orders as the system actions carry them: each a copy of a draft order
	 * with its rating attached.
	 */
	@JsonIgnore
	public List<ServiceRequest> ratedOrders() {
		if (getServiceActions() == null) {
			return List.of();
		}
		return getServiceActions().stream().map(action -> (ServiceRequest) action.getResource()).toList();
	}

	/** The ACR category of every order rated in this response, for the call log. */
	@JsonIgnore
	public List<String> ratings() {
		return ratedOrders().stream().map(PamaRating::acrCategoryOf).toList();
	}

}

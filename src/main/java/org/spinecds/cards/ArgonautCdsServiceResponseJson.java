package org.spinecds.cards;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSystemActionJson;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * A CDS Hooks 2.0 response that also carries the system actions under {@code extension.systemActions}, where the
 * Argonaut PAMA convention (and the CDS Hooks sandbox) reads them. HAPI's response model has no response extension.
 */
public class ArgonautCdsServiceResponseJson extends CdsServiceResponseJson {

	@JsonProperty("extension")
	private Map<String, List<CdsServiceResponseSystemActionJson>> extension;

	@Override
	public void addServiceAction(CdsServiceResponseSystemActionJson systemAction) {
		super.addServiceAction(systemAction);
		extension = Map.of("systemActions", getServiceActions());
	}

	public Map<String, List<CdsServiceResponseSystemActionJson>> getExtension() {
		return extension;
	}

	/** The ACR category of every order rated in this response, for the call log. */
	@JsonIgnore
	public List<String> ratings() {
		if (getServiceActions() == null) {
			return List.of();
		}
		return getServiceActions().stream()
				.map(action -> (ServiceRequest) action.getResource())
				.map(PamaRating::acrCategoryOf)
				.toList();
	}
}

package org.spinecds.cards;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSuggestionActionJson;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A CDS Hooks 2.0 {@code delete} action: {@code resourceId} names the draft order to
 * remove ("ServiceRequest/123"). HAPI's action model has no resourceId.
 */
public class DeleteActionJson extends CdsServiceResponseSuggestionActionJson {

	@JsonProperty("resourceId")
	private String resourceId;

	public String getResourceId() {
		return resourceId;
	}

	public DeleteActionJson setResourceId(String resourceId) {
		this.resourceId = resourceId;
		return this;
	}

}

package org.spinecds.hooks;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceJson;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * HAPI's discovery entry plus {@code usageRequirements}, added in CDS Hooks 2.0 and
 * missing from HAPI's model.
 */
public class DiscoverableCdsServiceJson extends CdsServiceJson {

	@JsonProperty("usageRequirements")
	private String usageRequirements;

	public String getUsageRequirements() {
		return usageRequirements;
	}

	public DiscoverableCdsServiceJson setUsageRequirements(String usageRequirements) {
		this.usageRequirements = usageRequirements;
		return this;
	}

}

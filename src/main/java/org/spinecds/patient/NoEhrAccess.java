package org.spinecds.patient;

import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/** Used until an EHR FHIR client is configured: nothing missing from prefetch can be fetched. */
@Component
public class NoEhrAccess implements EhrDataSource {

	@Override
	public Map<PrefetchKey, List<Resource>> fetch(CdsServiceRequestJson request, Set<PrefetchKey> keys) {
		return Map.of();
	}
}

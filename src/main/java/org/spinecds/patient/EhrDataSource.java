package org.spinecds.patient;

import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Resource;

/** Fetches the prefetch keys a CDS client did not supply from the EHR's FHIR server named in the request. */
public interface EhrDataSource {

	/**
	 * The keys that could be fetched, each with its resources. A key that could not be fetched (no fhirServer, server
	 * not allowed, error, deadline) is simply absent from the answer.
	 */
	Map<PrefetchKey, List<Resource>> fetch(CdsServiceRequestJson request, Set<PrefetchKey> keys);
}

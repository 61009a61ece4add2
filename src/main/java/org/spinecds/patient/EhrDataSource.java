package org.spinecds.patient;

import org.spinecds.record.PrefetchKey;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import java.util.Set;

/**
 * Fetches the prefetch keys a CDS client did not supply from the EHR's FHIR server named
 * in the request.
 */
public interface EhrDataSource {

	/**
	 * Every requested key ends up either fetched, with its resources, or not obtained,
	 * with the reason (no fhirServer, server not allowed, error, deadline). Never throws
	 * for a problem with the EHR's FHIR server.
	 * @param callArrivedNanos when the hook call arrived ({@link System#nanoTime()}): the
	 * deadline counts from then
	 */
	EhrFetchResult fetch(CdsServiceRequestJson request, Set<PrefetchKey> keys, long callArrivedNanos);

}

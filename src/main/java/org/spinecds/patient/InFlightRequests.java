package org.spinecds.patient;

import ca.uhn.fhir.rest.client.api.IHttpRequest;
import ca.uhn.fhir.rest.client.apache.ApacheHttpRequest;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.http.client.methods.HttpRequestBase;

/**
 * The HTTP requests of one hook call, so they can be aborted at its deadline. Cancelling
 * a future does not stop a blocking socket read; aborting the request closes its
 * connection, so the worker thread is free at once.
 */
final class InFlightRequests {

	private final Set<HttpRequestBase> requests = ConcurrentHashMap.newKeySet();

	private volatile boolean aborted;

	/** Called by {@link CallScopeInterceptor} as each request of the call is sent. */
	void enrol(IHttpRequest request) {
		if (request instanceof ApacheHttpRequest apache) {
			requests.add(apache.getApacheRequest());
			// A next page requested just after abortAll() would otherwise escape it.
			if (aborted) {
				apache.getApacheRequest().abort();
			}
		}
	}

	void abortAll() {
		aborted = true;
		requests.forEach(HttpRequestBase::abort);
	}

}

package org.spinecds.patient;

import ca.uhn.fhir.rest.client.api.IClientInterceptor;
import ca.uhn.fhir.rest.client.api.IHttpRequest;
import ca.uhn.fhir.rest.client.api.IHttpResponse;

/**
 * Registered once on each shared client: adds the bound call's access token to a request
 * (the client is per fhirServer, so the token only goes to the server it came with) and
 * enrols the request with the call's in-flight requests. A request sent with no call
 * bound goes without a token.
 */
final class CallScopeInterceptor implements IClientInterceptor {

	@Override
	public void interceptRequest(IHttpRequest request) {
		CallScope.current().ifPresent(scope -> {
			scope.accessToken().ifPresent(token -> request.addHeader("Authorization", "Bearer " + token));
			scope.inFlight().enrol(request);
		});
	}

	@Override
	public void interceptResponse(IHttpResponse response) {
		// Nothing to do.
	}

}

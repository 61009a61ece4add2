package org.spinecds.hooks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import ca.uhn.hapi.fhir.cdshooks.api.ICdsServiceMethod;
import ca.uhn.hapi.fhir.cdshooks.svc.prefetch.CdsPrefetchDaoSvc;
import ca.uhn.hapi.fhir.cdshooks.svc.prefetch.CdsPrefetchFhirClientSvc;
import ca.uhn.hapi.fhir.cdshooks.svc.prefetch.CdsPrefetchSvc;
import ca.uhn.hapi.fhir.cdshooks.svc.prefetch.CdsResolutionStrategySvc;

/**
 * Hands the request to the service exactly as the client sent it. HAPI's own prefetch
 * step treats every declared key as required, fetches one key after another with no
 * deadline, and never re-fetches a key the client answered with an OperationOutcome;
 * {@link org.spinecds.patient.PatientRecordAssembler} does that part per CDS Hooks 2.0
 * instead. Built without a DaoRegistry, so HAPI's DAO strategy stays off.
 */
class ClientPrefetchOnly extends CdsPrefetchSvc {

	ClientPrefetchOnly(FhirContext fhirContext) {
		super(new CdsResolutionStrategySvc(null), new CdsPrefetchDaoSvc(null, null, fhirContext),
				new CdsPrefetchFhirClientSvc(fhirContext), resource -> {
				}, null);
	}

	@Override
	public void augmentRequest(CdsServiceRequestJson request, ICdsServiceMethod serviceMethod) {
		// Prefetch is resolved by the patient package.
	}

}

package org.spinecds.hooks;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.spinecds.cards.ArgonautCdsServiceResponseJson;
import org.spinecds.feedback.AuditedHookCall;
import org.spinecds.feedback.HookCallAudit;
import org.springframework.stereotype.Component;

/**
 * Hands every hook call, answered or refused, to the audit, with its duration up to now.
 */
@Component
class HookCallRecorder {

	private final HookCallAudit audit;

	HookCallRecorder(HookCallAudit audit) {
		this.audit = audit;
	}

	void answered(OrderHook service, IncomingHookCall call, ArgonautCdsServiceResponseJson response) {
		audit.record(audited(service, call, AuditedHookCall.OK, response));
	}

	void refused(OrderHook service, IncomingHookCall call, RuntimeException error) {
		String status = error instanceof BaseServerResponseException refusal ? String.valueOf(refusal.getStatusCode())
				: "500";
		audit.record(audited(service, call, status, null));
	}

	private static AuditedHookCall audited(OrderHook service, IncomingHookCall call, String outcome,
			ArgonautCdsServiceResponseJson response) {
		return new AuditedHookCall(call.receivedAt(), service.serviceId(), call.hook(), call.hookInstance(), call.iss(),
				call.patientId(), call.userId(), outcome,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - call.startedNanos()),
				response == null ? List.of() : ResponseFacts.ratedOrders(response),
				response == null ? List.of() : ResponseFacts.cards(response.getCards(), response),
				response == null ? List.of() : ResponseFacts.cards(response.getSuppressedCards(), response));
	}

}

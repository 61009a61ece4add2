package org.spinecds.hooks;

import java.util.List;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * The part of a hook request the pipeline works on: whose orders, who is ordering
 * ({@code context.userId}, null if not sent), the draft ServiceRequests under review, and
 * the session's other draft ServiceRequests (order-select only; they give context but are
 * not rated).
 */
record HookContext(String patientId, String userId, List<ServiceRequest> orders,
		List<ServiceRequest> otherDraftOrders) {

	HookContext {
		orders = List.copyOf(orders);
		otherDraftOrders = List.copyOf(otherDraftOrders);
	}
}

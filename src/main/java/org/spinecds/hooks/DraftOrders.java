package org.spinecds.hooks;

import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestContextJson;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.ClientText;

/**
 * Picks the orders a hook is about: order-select looks at the draft orders named in
 * {@code selections}, order-sign at every draft order. Only ServiceRequests are rated;
 * other order types (MedicationRequest, ...) are ignored.
 */
final class DraftOrders {

	private DraftOrders() {
	}

	static HookContext inScope(OrderHook service, CdsServiceRequestJson request) {
		CdsServiceRequestContextJson context = request.getContext();
		if (!(context.get("patientId") instanceof String patientId) || patientId.isBlank()) {
			throw new InvalidRequestException("context.patientId is required: the FHIR id of the patient.");
		}
		if (!(context.get("draftOrders") instanceof Bundle draftOrders)) {
			throw new InvalidRequestException("context.draftOrders is required and must be a FHIR Bundle of the draft"
					+ " orders (resourceType \"Bundle\").");
		}
		List<Bundle.BundleEntryComponent> entries = service == OrderHook.ORDER_SELECT
				? selected(draftOrders, context.get("selections")) : draftOrders.getEntry();
		List<ServiceRequest> orders = serviceRequests(entries);
		List<ServiceRequest> others = serviceRequests(draftOrders.getEntry());
		others.removeAll(orders);
		String userId = context.get("userId") instanceof String user && !user.isBlank() ? user : null;
		return new HookContext(patientId, userId, orders, others);
	}

	private static List<ServiceRequest> serviceRequests(List<Bundle.BundleEntryComponent> entries) {
		List<ServiceRequest> orders = new ArrayList<>();
		for (Bundle.BundleEntryComponent entry : entries) {
			if (entry.getResource() instanceof ServiceRequest order) {
				orders.add(order);
			}
		}
		return orders;
	}

	private static List<Bundle.BundleEntryComponent> selected(Bundle draftOrders, Object selections) {
		if (!(selections instanceof List<?> references) || references.isEmpty()
				|| !references.stream().allMatch(String.class::isInstance)) {
			throw new InvalidRequestException("context.selections is required for order-select: a non-empty array of"
					+ " references to draft orders, like \"ServiceRequest/123\".");
		}
		List<Bundle.BundleEntryComponent> selected = new ArrayList<>();
		for (Object reference : references) {
			selected.add(draftOrders.getEntry()
				.stream()
				.filter(entry -> isReferencedBy(entry, (String) reference))
				.findFirst()
				.orElseThrow(() -> new InvalidRequestException(
						"context.selections names '" + ClientText.abbreviate((String) reference)
								+ "', which is not among the context.draftOrders.")));
		}
		return selected;
	}

	private static boolean isReferencedBy(Bundle.BundleEntryComponent entry, String reference) {
		Resource resource = entry.getResource();
		if (resource == null) {
			return false;
		}
		String typeAndId = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
		return typeAndId.equals(reference) || (entry.hasFullUrl() && entry.getFullUrl().endsWith("/" + reference));
	}

}

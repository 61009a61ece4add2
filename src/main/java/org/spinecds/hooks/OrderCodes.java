package org.spinecds.hooks;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * How the audit names an ordered study: the order's first coding as {@code system|code}.
 */
final class OrderCodes {

	private OrderCodes() {
	}

	/** Null when the order has no coded code (text only). */
	static String firstCoding(ServiceRequest order) {
		return order.getCode()
			.getCoding()
			.stream()
			.filter(Coding::hasCode)
			.findFirst()
			.map(coding -> coding.getSystem() + "|" + coding.getCode())
			.orElse(null);
	}

}

package org.spinecds.feedback;

import java.util.List;
import java.util.Map;

/**
 * What the CDS team reads at {@code GET /admin/summary}: per service, calls and their
 * duration; per card type, how its cards fared. Cards count when issued within [from,
 * to); their feedback counts whenever it arrived.
 */
record Summary(String from, String to, List<ServiceSummary> services) {

	/**
	 * @param calls calls by outcome ({@code ok}, {@code 400}, {@code 412}, ...)
	 * @param durationMs of the answered ({@code ok}) calls
	 * @param unmatchedFeedback feedback items received in the range for cards this
	 * service never issued
	 */
	record ServiceSummary(String serviceId, Map<String, Long> calls, Percentiles durationMs, long unmatchedFeedback,
			List<CardTypeSummary> cardTypes) {
	}

	/** Nearest-rank percentiles; null when there was no answered call. */
	record Percentiles(Long p50, Long p95) {
	}

	/**
	 * @param accepted cards with at least one accepted feedback
	 * @param overridden cards with at least one overridden feedback
	 * @param suppressed cards held back because the user had just overridden the same
	 * card
	 * @param acceptanceRate accepted / shown, null when none was shown
	 * @param overrideReasons overridden feedback items by reason code;
	 * {@code (comment only)} and {@code (none)} for items without a reason code
	 */
	record CardTypeSummary(String cardType, long shown, long accepted, long overridden, long suppressed,
			Double acceptanceRate, Map<String, Long> overrideReasons) {
	}
}

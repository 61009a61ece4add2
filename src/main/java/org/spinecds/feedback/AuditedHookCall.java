package org.spinecds.feedback;

import java.time.Instant;
import java.util.List;

/**
 * One hook call as the audit records it. Patient and user ids arrive in clear and are
 * hashed before they are stored.
 *
 * @param iss the issuer of the caller's JWT, when the security layer checked one
 * @param outcome {@code ok}, or the HTTP status of the refusal ({@code 400}, {@code 412},
 * ...)
 */
public record AuditedHookCall(Instant calledAt, String serviceId, String hook, String hookInstance, String iss,
		String patientId, String userId, String outcome, long durationMs, List<RatedOrder> ratedOrders,
		List<IssuedCard> shownCards, List<IssuedCard> suppressedCards) {

	public static final String OK = "ok";

	public AuditedHookCall {
		ratedOrders = List.copyOf(ratedOrders);
		shownCards = List.copyOf(shownCards);
		suppressedCards = List.copyOf(suppressedCards);
	}
}

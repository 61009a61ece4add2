package org.spinecds.security;

import java.util.Locale;

/**
 * Why a JWT was refused: the detail for the log only, the reason also for metrics; never
 * for the client.
 */
class TokenRejectedException extends Exception {

	/** Kinds of refusal, few enough to be a metric tag. */
	enum Reason {

		MISSING, MALFORMED, ALGORITHM, ISSUER, KEY, SIGNATURE, AUDIENCE, TENANT, TIME, CLAIMS, REPLAY;

		String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private final Reason reason;

	TokenRejectedException(Reason reason, String detail) {
		super(detail, null, false, false);
		this.reason = reason;
	}

	Reason reason() {
		return reason;
	}

}

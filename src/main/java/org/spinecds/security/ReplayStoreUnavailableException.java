package org.spinecds.security;

import java.time.Duration;

/**
 * The shared {@code jti} store could not say whether a token was used before, and this
 * replica may not decide alone (the {@code refuse} setting, or its own memory is full).
 * Not a replay: the caller is told to try again later ({@code 503}), not that its token
 * is bad.
 */
class ReplayStoreUnavailableException extends RuntimeException {

	private final Duration retryAfter;

	ReplayStoreUnavailableException(String detail, Duration retryAfter) {
		super(detail, null, false, false);
		this.retryAfter = retryAfter;
	}

	/** When the store is next tried; a client retrying sooner gets the same answer. */
	Duration retryAfter() {
		return retryAfter;
	}

}

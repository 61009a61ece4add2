package org.spinecds.security;

import java.time.Instant;

/**
 * Remembers each accepted JWT's {@code jti} for as long as the token could still be
 * accepted, so a captured token cannot be replayed. Every replica must see the same store
 * ({@link DatabaseReplayCache}), or a token accepted by one could be replayed against
 * another.
 */
public interface ReplayCache {

	/**
	 * Records the token and answers whether this is its first use. Answers false for a
	 * {@code jti} the same issuer used before, and also when the token cannot be recorded
	 * (refusing is the safe failure).
	 * @param keepUntil when the token can no longer be accepted anyway (its {@code exp}
	 * plus clock skew)
	 */
	boolean firstUse(String issuer, String jti, Instant keepUntil);

}

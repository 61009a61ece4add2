package org.spinecds.security;

import java.time.Instant;

/**
 * Remembers each accepted JWT's {@code jti} for as long as the token could still be
 * accepted, so a captured token cannot be replayed. Every replica must see the same store
 * ({@link DatabaseReplayCache}), or a token accepted by one could be replayed against
 * another; {@link DegradingReplayCache} is the one the service uses: it decides what
 * happens while that store cannot be reached.
 */
public interface ReplayCache {

	/**
	 * Records the token and answers whether this is its first use: false only for a
	 * {@code jti} the same issuer used before.
	 * @param keepUntil when the token can no longer be accepted anyway (its {@code exp}
	 * plus clock skew)
	 * @throws ReplayStoreUnavailableException when it cannot be told whether the token
	 * was used before (never answered as a replay)
	 */
	boolean firstUse(String issuer, String jti, Instant keepUntil);

}

package org.spinecds.security;

import java.time.Instant;
import org.springframework.dao.DataAccessException;

/**
 * The {@code jti} store every replica shares. It can be unreachable: then its methods
 * throw, and {@link DegradingReplayCache} decides what to do.
 */
interface SharedReplayStore {

	/**
	 * Records the token and answers whether this is its first use.
	 * @throws DataAccessException when the store cannot be reached
	 */
	boolean firstUse(String issuer, String jti, Instant keepUntil);

	/**
	 * Returns when the store answers.
	 * @throws DataAccessException when it cannot be reached
	 */
	void checkReachable();

}

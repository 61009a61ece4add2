package org.spinecds.security;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What replay protection does while the shared {@code jti} store (the database) cannot be
 * reached (docs/replay-protection.md). Defaults are in application.yml.
 *
 * @param onStoreFailure check and record tokens in this replica's memory meanwhile, or
 * refuse calls with 503
 * @param storeTimeout the longest a call waits for the store's answer before the store
 * counts as unreachable
 * @param retryInterval how often the store is tried again during an outage; also the
 * Retry-After of a 503
 * @param localMaxEntries the most live tokens this replica remembers by itself during an
 * outage
 */
@ConfigurationProperties(prefix = "cds.security.replay")
public record ReplayProperties(OnStoreFailure onStoreFailure, Duration storeTimeout, Duration retryInterval,
		int localMaxEntries) {

	/** The two answers to "the store cannot be reached". */
	public enum OnStoreFailure {

		/** Check and record the token in this replica's memory; write it back later. */
		DEGRADE_LOCALLY,

		/** Refuse the call with 503 and Retry-After. */
		REFUSE

	}

	public ReplayProperties {
		Objects.requireNonNull(onStoreFailure, "cds.security.replay.on-store-failure is required");
		requirePositive(storeTimeout, "store-timeout");
		requirePositive(retryInterval, "retry-interval");
		if (localMaxEntries < 1) {
			throw new IllegalArgumentException("cds.security.replay.local-max-entries must be at least 1");
		}
	}

	private static void requirePositive(Duration value, String name) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("cds.security.replay." + name + " must be a positive duration");
		}
	}

}

package org.spinecds.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded {@link ReplayCache} in one JVM's memory, for unit tests of the verifier that
 * need no database. The service itself uses {@link DatabaseReplayCache}, shared by every
 * replica. Expired entries are dropped as it goes; when it is full of live entries it
 * refuses new tokens rather than forget one that could still be replayed.
 */
class InMemoryReplayCache implements ReplayCache {

	private static final Logger LOG = LoggerFactory.getLogger(InMemoryReplayCache.class);

	private static final Duration PURGE_INTERVAL = Duration.ofSeconds(10);

	private final Clock clock;

	private final int maxEntries;

	private final Map<String, Instant> keepUntilByToken = new HashMap<>();

	private Instant nextPurge = Instant.MIN;

	InMemoryReplayCache(Clock clock, int maxEntries) {
		this.clock = clock;
		this.maxEntries = maxEntries;
	}

	@Override
	public synchronized boolean firstUse(String issuer, String jti, Instant keepUntil) {
		Instant now = clock.instant();
		if (now.isAfter(nextPurge) || keepUntilByToken.size() >= maxEntries) {
			keepUntilByToken.values().removeIf(until -> !until.isAfter(now));
			nextPurge = now.plus(PURGE_INTERVAL);
		}
		String token = issuer + '\n' + jti;
		Instant previous = keepUntilByToken.get(token);
		if (previous != null && previous.isAfter(now)) {
			return false;
		}
		if (previous == null && keepUntilByToken.size() >= maxEntries) {
			LOG.warn("Replay cache full ({} live tokens): refusing new tokens until some expire", maxEntries);
			return false;
		}
		keepUntilByToken.put(token, keepUntil);
		return true;
	}

}

package org.spinecds.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code jti}s this replica accepted while the shared store was unreachable: checked
 * instead of the store, and written to it, with their own expiry, when it returns.
 * Bounded: a token is forgotten at its expiry, and when the memory is full of live tokens
 * it takes no more (forgetting one that could still be replayed would be worse).
 */
final class LocalReplayMemory {

	enum Outcome {

		FIRST_USE, USED_BEFORE, FULL

	}

	/** One accepted token, as the shared store keeps it. */
	record Token(String issuer, String jti, Instant keepUntil) {

	}

	private static final class Entry {

		final Token token;

		boolean written;

		Entry(Token token) {
			this.token = token;
		}

	}

	private final int maxEntries;

	/**
	 * In the order the tokens were accepted, which is the order they are written back.
	 */
	private final Map<String, Entry> entries = new LinkedHashMap<>();

	LocalReplayMemory(int maxEntries) {
		this.maxEntries = maxEntries;
	}

	synchronized Outcome record(String issuer, String jti, Instant keepUntil, Instant now) {
		Token token = new Token(DatabaseReplayCache.stored(issuer), DatabaseReplayCache.stored(jti), keepUntil);
		String key = token.issuer() + '\n' + token.jti();
		Entry previous = entries.get(key);
		if (previous != null && previous.token.keepUntil().isAfter(now)) {
			return Outcome.USED_BEFORE;
		}
		if (previous == null && entries.size() >= maxEntries) {
			forgetExpired(now);
			if (entries.size() >= maxEntries) {
				return Outcome.FULL;
			}
		}
		entries.put(key, new Entry(token));
		return Outcome.FIRST_USE;
	}

	/** The live tokens not yet written to the shared store, oldest first. */
	synchronized List<Token> unwritten(Instant now) {
		forgetExpired(now);
		return entries.values().stream().filter(entry -> !entry.written).map(entry -> entry.token).toList();
	}

	synchronized void written(Token token) {
		Entry entry = entries.get(token.issuer() + '\n' + token.jti());
		if (entry != null && entry.token.equals(token)) {
			entry.written = true;
		}
	}

	synchronized void clear() {
		entries.clear();
	}

	synchronized int size() {
		return entries.size();
	}

	int maxEntries() {
		return maxEntries;
	}

	private void forgetExpired(Instant now) {
		entries.values().removeIf(entry -> !entry.token.keepUntil().isAfter(now));
	}

}

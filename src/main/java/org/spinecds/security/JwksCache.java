package org.spinecds.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trusted clients' public keys. A JWK Set is fetched on first use, and fetched again
 * when a token names a kid the cached set lacks (key rotation) or the cached set is older
 * than the maximum age; those re-fetches happen at most once per interval per issuer, so
 * tokens with made-up kids cannot make this service hammer a client's key server.
 */
class JwksCache {

	private static final Logger LOG = LoggerFactory.getLogger(JwksCache.class);

	private final JwksFetcher fetcher;

	private final Clock clock;

	private final Duration minRefreshInterval;

	private final Duration maxAge;

	private final Map<String, IssuerKeys> byIssuer = new ConcurrentHashMap<>();

	JwksCache(JwksFetcher fetcher, Clock clock, Duration minRefreshInterval, Duration maxAge) {
		this.fetcher = fetcher;
		this.clock = clock;
		this.minRefreshInterval = minRefreshInterval;
		this.maxAge = maxAge;
	}

	/**
	 * The public key with this kid in the issuer's JWK Set at {@code source}, if there is
	 * one.
	 */
	Optional<JWK> find(String issuer, URI source, String kid) {
		return byIssuer.computeIfAbsent(issuer, IssuerKeys::new).find(source, kid);
	}

	/**
	 * Loads a local JWK Set now, so a missing or broken file stops start-up instead of
	 * refusing every call later.
	 */
	void preload(String issuer, URI source) {
		try {
			byIssuer.computeIfAbsent(issuer, IssuerKeys::new).load(source);
		}
		catch (IOException | ParseException e) {
			throw new IllegalStateException(
					"Cannot read the JWK Set of trusted client '" + issuer + "' from " + source + ": " + e.getMessage(),
					e);
		}
	}

	private record KeySet(JWKSet keys, Instant fetchedAt) {
	}

	private final class IssuerKeys {

		private final String issuer;

		private final Map<URI, KeySet> sets = new HashMap<>();

		private final Set<URI> attempted = new HashSet<>();

		private Instant lastRefresh;

		IssuerKeys(String issuer) {
			this.issuer = issuer;
		}

		synchronized Optional<JWK> find(URI source, String kid) {
			KeySet cached = sets.get(source);
			boolean fresh = cached != null && clock.instant().isBefore(cached.fetchedAt().plus(maxAge));
			if (fresh && cached.keys().getKeyByKeyId(kid) != null) {
				return Optional.of(cached.keys().getKeyByKeyId(kid));
			}
			if (mayFetch(source)) {
				fetch(source);
				cached = sets.get(source);
			}
			return cached == null ? Optional.empty() : Optional.ofNullable(cached.keys().getKeyByKeyId(kid));
		}

		synchronized void load(URI source) throws IOException, ParseException {
			attempted.add(source);
			sets.put(source, new KeySet(fetcher.fetch(source), clock.instant()));
		}

		/**
		 * The first load of each configured source is always allowed; after that, once
		 * per interval per issuer.
		 */
		private boolean mayFetch(URI source) {
			if (!attempted.contains(source)) {
				return true;
			}
			Instant now = clock.instant();
			if (lastRefresh != null && now.isBefore(lastRefresh.plus(minRefreshInterval))) {
				return false;
			}
			lastRefresh = now;
			return true;
		}

		private void fetch(URI source) {
			try {
				load(source);
				LOG.info("JWK Set of trusted client {} fetched from {}: {} keys", issuer, source,
						sets.get(source).keys().getKeys().size());
			}
			catch (IOException | ParseException e) {
				// Keep the keys we had: a key server outage should not lock out a client
				// whose key we already know.
				LOG.warn("JWK Set of trusted client {} could not be fetched from {}: {}", issuer, source,
						e.getMessage());
			}
		}

	}

}

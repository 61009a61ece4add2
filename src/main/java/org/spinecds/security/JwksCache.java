package org.spinecds.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.CachingJWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSetBasedJWKSource;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.OutageTolerantJWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trusted clients' public keys: one Nimbus JWK source per issuer and JWK Set
 * location, built by {@link JWKSourceBuilder}. A set is fetched on first use, kept for
 * the maximum age (refreshed ahead of expiry), fetched again when a token names a kid it
 * lacks (key rotation), at most twice per minimum refresh interval (Nimbus's rate limit:
 * tokens with made-up kids cannot make this service hammer a client's key server), and
 * served from the last good copy while the key server is down (for ten times the maximum
 * age).
 */
class JwksCache implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(JwksCache.class);

	private final JwksFetcher fetcher;

	private final Clock clock;

	private final Duration minRefreshInterval;

	private final Duration maxAge;

	private final Map<Location, KeySet> keySets = new ConcurrentHashMap<>();

	JwksCache(JwksFetcher fetcher, Clock clock, Duration minRefreshInterval, Duration maxAge) {
		this.fetcher = fetcher;
		this.clock = clock;
		this.minRefreshInterval = minRefreshInterval;
		this.maxAge = maxAge;
	}

	/** The issuer's keys at {@code location}, for Nimbus's key selectors. */
	JWKSource<SecurityContext> source(String issuer, URI location) {
		return keySets.computeIfAbsent(new Location(issuer, location), this::build);
	}

	/**
	 * The public key with this kid in the issuer's JWK Set at {@code location}, if there
	 * is one.
	 */
	Optional<JWK> find(String issuer, URI location, String kid) {
		try {
			return source(issuer, location).get(new JWKSelector(new JWKMatcher.Builder().keyID(kid).build()), null)
				.stream()
				.findFirst();
		}
		catch (KeySourceException e) {
			return Optional.empty();
		}
	}

	/**
	 * Loads a local JWK Set now, so a missing or broken file stops start-up instead of
	 * refusing every call later.
	 */
	void preload(String issuer, URI location) {
		try {
			keySets.computeIfAbsent(new Location(issuer, location), this::build).load();
		}
		catch (KeySourceException e) {
			throw new IllegalStateException("Cannot read the JWK Set of trusted client '" + issuer + "' from "
					+ location + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void close() throws IOException {
		for (KeySet keySet : keySets.values()) {
			keySet.chain().close();
		}
	}

	private KeySet build(Location location) {
		long ttl = maxAge.toMillis();
		// Refresh ahead needs its lead time plus the refresh wait to fit in the lifetime.
		long refreshWait = Math.min(fetcher.timeout().multipliedBy(2).toMillis(), ttl / 4);
		long refreshAhead = Math.min(JWKSourceBuilder.DEFAULT_REFRESH_AHEAD_TIME, ttl / 4);
		JWKSource<SecurityContext> built = JWKSourceBuilder.create(fetcher.source(location.uri()))
			.cache(ttl, refreshWait)
			.refreshAheadCache(refreshAhead, false, event -> {
				if (event instanceof CachingJWKSetSource.RefreshCompletedEvent<?> fetched) {
					LOG.info("JWK Set of trusted client {} fetched from {}: {} keys", location.issuer(), location.uri(),
							fetched.getJWKSet().getKeys().size());
				}
			})
			.rateLimited(minRefreshInterval.toMillis())
			.outageTolerant(ttl * 10, event -> {
				if (event instanceof OutageTolerantJWKSetSource.OutageEvent<?> outage) {
					LOG.warn(
							"JWK Set of trusted client {} could not be fetched from {}, keeping the keys fetched"
									+ " before: {}",
							location.issuer(), location.uri(), outage.getException().getMessage());
				}
			})
			.build();
		// The chain itself, so each lookup passes this service's clock: Nimbus's own top
		// (JWKSetBasedJWKSource) reads the system clock.
		return new KeySet(((JWKSetBasedJWKSource<SecurityContext>) built).getJWKSetSource());
	}

	private record Location(String issuer, URI uri) {
	}

	/**
	 * Looks keys up as Nimbus's JWKSetBasedJWKSource does (the cached set; for a missing
	 * kid, a re-fetch), except that a set fetched in this very call is not fetched again.
	 */
	private final class KeySet implements JWKSource<SecurityContext> {

		private final JWKSetSource<SecurityContext> chain;

		private volatile JWKSet lastSeen;

		KeySet(JWKSetSource<SecurityContext> chain) {
			this.chain = chain;
		}

		JWKSetSource<SecurityContext> chain() {
			return chain;
		}

		void load() throws KeySourceException {
			lastSeen = chain.getJWKSet(JWKSetCacheRefreshEvaluator.noRefresh(), clock.millis(), null);
		}

		@Override
		public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
			long now = clock.millis();
			JWKSet keys = chain.getJWKSet(JWKSetCacheRefreshEvaluator.noRefresh(), now, context);
			List<JWK> found = selector.select(keys);
			if (found.isEmpty() && keys == lastSeen) {
				keys = chain.getJWKSet(JWKSetCacheRefreshEvaluator.referenceComparison(keys), now, context);
				found = selector.select(keys);
			}
			lastSeen = keys;
			return found;
		}

	}

}

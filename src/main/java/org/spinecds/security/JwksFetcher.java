package org.spinecds.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetParseException;
import com.nimbusds.jose.jwk.source.JWKSetRetrievalException;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.URLBasedJWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * Where a JWK Set is read from: an https: URL (or http: on localhost) through Nimbus's
 * resource retriever, whose connect and read timeouts keep a hanging key server from
 * holding a call, or a file: or classpath: resource.
 */
class JwksFetcher {

	/** A JWK Set is a few keys; anything much larger is not one. */
	static final int MAX_JWKS_BYTES = 64 * 1024;

	private final Duration timeout;

	private final DefaultResourceRetriever remote;

	JwksFetcher(Duration timeout) {
		this.timeout = timeout;
		int millis = Math.toIntExact(timeout.toMillis());
		this.remote = new DefaultResourceRetriever(millis, millis, MAX_JWKS_BYTES);
	}

	/** The connect and the read timeout of a remote fetch, each. */
	Duration timeout() {
		return timeout;
	}

	/** The JWK Set at this location, read on each call (caching is the caller's). */
	JWKSetSource<SecurityContext> source(URI location) {
		if (KeySetLocations.isLocal(location)) {
			return new LocalJwkSet(new DefaultResourceLoader().getResource(location.toString()));
		}
		try {
			if (KeySetLocations.isValidJku(location)) {
				return new URLBasedJWKSetSource<>(location.toURL(), remote);
			}
		}
		catch (MalformedURLException e) {
			// not allowed either
		}
		throw new IllegalArgumentException("not an allowed JWK Set location: " + LogSafe.value(location));
	}

	private record LocalJwkSet(Resource resource) implements JWKSetSource<SecurityContext> {

		@Override
		public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refresh, long now, SecurityContext context)
				throws JWKSetRetrievalException, JWKSetParseException {
			try (InputStream in = resource.getInputStream()) {
				byte[] content = in.readNBytes(MAX_JWKS_BYTES + 1);
				if (content.length > MAX_JWKS_BYTES) {
					throw new IOException("larger than " + MAX_JWKS_BYTES + " bytes");
				}
				return JWKSet.parse(new String(content, StandardCharsets.UTF_8));
			}
			catch (IOException e) {
				throw new JWKSetRetrievalException(e.getMessage(), e);
			}
			catch (ParseException e) {
				throw new JWKSetParseException(e.getMessage(), e);
			}
		}

		@Override
		public void close() {
		}

	}

}

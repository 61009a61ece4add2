package org.spinecds.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads a JWK Set from an https: URL (or http: on localhost), a file: or a classpath:
 * resource.
 */
class JwksFetcher {

	/** A JWK Set is a few keys; anything much larger is not one. */
	static final int MAX_JWKS_BYTES = 64 * 1024;

	private final DefaultResourceRetriever remote;

	private final ResourceLoader local = new DefaultResourceLoader();

	JwksFetcher(Duration timeout) {
		int millis = Math.toIntExact(timeout.toMillis());
		this.remote = new DefaultResourceRetriever(millis, millis, MAX_JWKS_BYTES);
	}

	JWKSet fetch(URI location) throws IOException, ParseException {
		if (KeySetLocations.isLocal(location)) {
			try (InputStream in = local.getResource(location.toString()).getInputStream()) {
				byte[] content = in.readNBytes(MAX_JWKS_BYTES + 1);
				if (content.length > MAX_JWKS_BYTES) {
					throw new IOException("larger than " + MAX_JWKS_BYTES + " bytes");
				}
				return JWKSet.parse(new String(content, StandardCharsets.UTF_8));
			}
		}
		if (!KeySetLocations.isValidJku(location)) {
			throw new IOException("not an allowed JWK Set location");
		}
		return JWKSet.parse(remote.retrieveResource(location.toURL()).getContent());
	}

}

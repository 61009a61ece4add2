package org.spinecds.security;

import java.net.URI;
import java.util.List;

/**
 * A CDS client whose JWTs this service accepts (CDS Hooks 2.0 "Trusting CDS Clients").
 *
 * @param issuer the JWT {@code iss} the client signs with, exactly
 * @param jwksUri the client's JWK Set, configured out of band: {@code https:},
 * {@code file:} or {@code classpath:}. When set, keys always come from here, even when
 * the token names a {@code jku}. A String, not a URI: Spring would resolve a
 * {@code classpath:} URI to wherever the class files happen to be
 * @param jkuAllowlist the {@code jku} values the client may name; a token's {@code jku}
 * must be one of them. Without a {@code jwksUri}, keys are fetched from the token's
 * (allowlisted) {@code jku}
 * @param tenant when set, the token's {@code tenant} claim must equal it
 */
public record TrustedClient(String issuer, String jwksUri, List<URI> jkuAllowlist, String tenant) {

	public TrustedClient {
		if (issuer == null || issuer.isBlank()) {
			throw new IllegalArgumentException("a trusted client needs an issuer (the JWT iss it signs with)");
		}
		jwksUri = jwksUri == null || jwksUri.isBlank() ? null : jwksUri.trim();
		jkuAllowlist = jkuAllowlist == null ? List.of() : List.copyOf(jkuAllowlist);
		tenant = tenant == null || tenant.isBlank() ? null : tenant;
		if (jwksUri == null && jkuAllowlist.isEmpty()) {
			throw new IllegalArgumentException("trusted client '" + issuer + "' needs a jwks-uri or a jku-allowlist:"
					+ " without either there is no key to check its signatures with");
		}
		if (jwksUri != null && !KeySetLocations.isValidJwksUri(jwksUri)) {
			throw new IllegalArgumentException("trusted client '" + issuer + "': jwks-uri '" + jwksUri + "' must be an"
					+ " https:, file: or classpath: URI (http: only for localhost)");
		}
		for (URI jku : jkuAllowlist) {
			if (!KeySetLocations.isValidJku(jku)) {
				throw new IllegalArgumentException("trusted client '" + issuer + "': jku-allowlist entry '" + jku
						+ "' must be an https: URL (http: only for localhost)");
			}
		}
	}

	/**
	 * The configured JWK Set location, or null when keys come from the token's
	 * allowlisted jku.
	 */
	public URI jwksLocation() {
		return jwksUri == null ? null : URI.create(jwksUri);
	}
}

package org.spinecds.security;

import com.nimbusds.jose.JWSAlgorithm;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may call this service. Defaults are in application.yml.
 *
 * @param publicBaseUrl the base URL clients call this service at, as they see it (behind
 * a proxy: the public one). A JWT's aud must be this plus the request path
 * @param trustedClients the CDS clients whose JWTs are accepted; none means every call is
 * accepted unchecked
 * @param acceptedAlgorithms JWS algorithms accepted (asymmetric only: never none or HMAC)
 * @param clockSkew tolerance for exp and iat against this machine's clock
 * @param maxTokenLifetime a token whose exp is further than this after its iat is
 * refused; this also bounds how long a jti is remembered
 * @param jwksMinRefreshInterval the rate limit of JWK Set fetches (unknown kid, stale
 * set): at most two per JWK Set location per interval
 * @param jwksMaxAge a cached JWK Set older than this is re-fetched on use, so removed
 * keys stop working; longer than jwksMinRefreshInterval. While the key server is down,
 * the last set fetched is used for up to ten times this
 * @param jwksFetchTimeout connect and read timeout for fetching a remote JWK Set
 */
@ConfigurationProperties(prefix = "cds.security")
public record SecurityProperties(String publicBaseUrl, List<TrustedClient> trustedClients,
		List<String> acceptedAlgorithms, Duration clockSkew, Duration maxTokenLifetime, Duration jwksMinRefreshInterval,
		Duration jwksMaxAge, Duration jwksFetchTimeout) {

	private static final Set<JWSAlgorithm> ASYMMETRIC = Stream.of(JWSAlgorithm.Family.EC, JWSAlgorithm.Family.RSA)
		.flatMap(Set::stream)
		.collect(Collectors.toUnmodifiableSet());

	public SecurityProperties {
		publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? null : publicBaseUrl.replaceAll("/+$", "");
		trustedClients = trustedClients == null ? List.of() : List.copyOf(trustedClients);
		acceptedAlgorithms = acceptedAlgorithms == null ? List.of() : List.copyOf(acceptedAlgorithms);
		Objects.requireNonNull(clockSkew, "cds.security.clock-skew is required");
		Objects.requireNonNull(maxTokenLifetime, "cds.security.max-token-lifetime is required");
		Objects.requireNonNull(jwksMinRefreshInterval, "cds.security.jwks-min-refresh-interval is required");
		Objects.requireNonNull(jwksMaxAge, "cds.security.jwks-max-age is required");
		Objects.requireNonNull(jwksFetchTimeout, "cds.security.jwks-fetch-timeout is required");
		if (jwksMaxAge.compareTo(jwksMinRefreshInterval) <= 0) {
			throw new IllegalArgumentException("cds.security.jwks-max-age (" + jwksMaxAge
					+ ") must be longer than cds.security.jwks-min-refresh-interval (" + jwksMinRefreshInterval + ")");
		}
		if (!trustedClients.isEmpty()) {
			checkClientsCanBeVerified(publicBaseUrl, trustedClients, acceptedAlgorithms);
		}
	}

	/** Clients are configured: every call must carry a valid JWT from one of them. */
	boolean requiresClientTokens() {
		return !trustedClients.isEmpty();
	}

	Set<JWSAlgorithm> algorithms() {
		return acceptedAlgorithms.stream().map(JWSAlgorithm::parse).collect(Collectors.toUnmodifiableSet());
	}

	Map<String, TrustedClient> clientsByIssuer() {
		return trustedClients.stream()
			.collect(Collectors.toUnmodifiableMap(TrustedClient::issuer, Function.identity()));
	}

	private static void checkClientsCanBeVerified(String publicBaseUrl, List<TrustedClient> clients,
			List<String> algorithms) {
		if (publicBaseUrl == null || !isHttpUrl(publicBaseUrl)) {
			throw new IllegalArgumentException("cds.security.public-base-url must be the http(s) URL clients call this"
					+ " service at (JWT aud is checked against it), e.g. https://cds.example.org; got '" + publicBaseUrl
					+ "'");
		}
		Set<String> issuers = new HashSet<>();
		for (TrustedClient client : clients) {
			if (!issuers.add(client.issuer())) {
				throw new IllegalArgumentException("trusted client issuer '" + client.issuer() + "' is listed twice");
			}
		}
		if (algorithms.isEmpty()) {
			throw new IllegalArgumentException("cds.security.accepted-algorithms is empty: no JWT could be accepted");
		}
		for (String name : algorithms) {
			if (!ASYMMETRIC.contains(JWSAlgorithm.parse(name))) {
				throw new IllegalArgumentException("cds.security.accepted-algorithms: '" + name + "' is not accepted;"
						+ " CDS Hooks requires an asymmetric algorithm (ES384, RS384, ES256, RS256, ...), never none or HMAC");
			}
		}
	}

	private static boolean isHttpUrl(String value) {
		try {
			URI uri = URI.create(value);
			return uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null
					&& ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}
}

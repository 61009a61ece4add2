package org.spinecds.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.spinecds.security.TokenRejectedException.Reason;

/**
 * Checks a CDS client's JWT as CDS Hooks 2.0 asks: an accepted asymmetric algorithm, a
 * trusted {@code iss}, a {@code jku} on that issuer's allowlist, then Nimbus's JWT
 * processor (the kid's key from the issuer's JWK Set, the signature, {@code aud},
 * {@code exp}), then what CDS Hooks adds: {@code iat} not in the future, a bounded
 * lifetime, the issuer's {@code tenant}, and a {@code jti} not seen before. Each refusal
 * names its reason, which the caller counts.
 */
class CdsClientTokenVerifier {

	private static final Set<String> REQUIRED_CLAIMS = Set.of("exp", "iat", "jti");

	private final Map<String, TrustedClient> clients;

	private final Set<JWSAlgorithm> algorithms;

	private final JwksCache keys;

	private final ReplayCache replayCache;

	private final Clock clock;

	private final Duration clockSkew;

	private final Duration maxTokenLifetime;

	CdsClientTokenVerifier(SecurityProperties properties, JwksCache keys, ReplayCache replayCache, Clock clock) {
		this.clients = properties.clientsByIssuer();
		this.algorithms = properties.algorithms();
		this.keys = keys;
		this.replayCache = replayCache;
		this.clock = clock;
		this.clockSkew = properties.clockSkew();
		this.maxTokenLifetime = properties.maxTokenLifetime();
	}

	VerifiedCdsClient verify(String token, String calledUrl) throws TokenRejectedException {
		SignedJWT jwt = signed(token);
		JWSHeader header = jwt.getHeader();
		JWTClaimsSet claims = claims(jwt);
		String facts = " (iss=" + LogSafe.value(claims.getIssuer()) + " kid=" + LogSafe.value(header.getKeyID())
				+ " jti=" + LogSafe.value(claims.getJWTID()) + ")";

		if (!algorithms.contains(header.getAlgorithm())) {
			throw new TokenRejectedException(Reason.ALGORITHM,
					"algorithm " + LogSafe.value(header.getAlgorithm()) + " is not accepted" + facts);
		}
		if (header.getType() != null && !JOSEObjectType.JWT.equals(header.getType())) {
			throw new TokenRejectedException(Reason.MALFORMED, "typ is not JWT" + facts);
		}
		if (header.getKeyID() == null || header.getKeyID().isBlank()) {
			throw new TokenRejectedException(Reason.KEY, "no kid in the header" + facts);
		}
		TrustedClient client = clients.get(claims.getIssuer());
		if (client == null) {
			throw new TokenRejectedException(Reason.ISSUER, "issuer is not a trusted client" + facts);
		}
		URI jku = header.getJWKURL();
		if (jku != null && !client.jkuAllowlist().contains(jku)) {
			throw new TokenRejectedException(Reason.KEY,
					"jku " + LogSafe.value(jku) + " is not on the issuer's allowlist" + facts);
		}
		URI keySource = client.jwksUri() != null ? client.jwksLocation() : jku;
		if (keySource == null) {
			throw new TokenRejectedException(Reason.KEY, "no jku, and no jwks-uri configured for the issuer" + facts);
		}
		try {
			processor(client, keySource, calledUrl).process(jwt, null);
		}
		catch (BadJWSException e) {
			throw new TokenRejectedException(Reason.SIGNATURE, "signature does not verify" + facts);
		}
		catch (BadJWTException e) {
			throw claimsRefused(e, claims, calledUrl, facts);
		}
		catch (BadJOSEException e) {
			// The only other refusal before the claims: no key fits the header's kid and
			// alg.
			throw new TokenRejectedException(Reason.KEY,
					"no " + header.getAlgorithm() + " key with this kid in the" + " JWK Set at " + keySource + facts);
		}
		catch (KeySourceException e) {
			throw new TokenRejectedException(Reason.KEY,
					"JWK Set at " + keySource + " is unavailable: " + e.getMessage() + facts);
		}
		catch (JOSEException e) {
			throw new TokenRejectedException(Reason.SIGNATURE,
					"signature cannot be checked: " + e.getMessage() + facts);
		}
		Instant issued = claims.getIssueTime().toInstant();
		Instant expires = claims.getExpirationTime().toInstant();
		if (issued.isAfter(clock.instant().plus(clockSkew))) {
			throw new TokenRejectedException(Reason.TIME, "iat " + issued + " is in the future" + facts);
		}
		if (Duration.between(issued, expires).compareTo(maxTokenLifetime) > 0) {
			throw new TokenRejectedException(Reason.TIME,
					"lifetime (exp - iat) is longer than " + maxTokenLifetime + facts);
		}
		if (claims.getJWTID().isBlank()) {
			throw new TokenRejectedException(Reason.CLAIMS, "no jti" + facts);
		}
		String tenant = stringClaim(claims, "tenant");
		if (client.tenant() != null && !client.tenant().equals(tenant)) {
			throw new TokenRejectedException(Reason.TENANT, "tenant is not the one configured for the issuer" + facts);
		}
		if (!replayCache.firstUse(client.issuer(), claims.getJWTID(), expires.plus(clockSkew))) {
			throw new TokenRejectedException(Reason.REPLAY, "jti was used before (replay)" + facts);
		}
		return new VerifiedCdsClient(client.issuer(), claims.getJWTID(), header.getKeyID(), tenant);
	}

	/**
	 * Nimbus's processor: the key for the header's kid and alg from the issuer's JWK Set,
	 * the signature, {@code aud} (the URL called), the required claims and {@code exp},
	 * against this service's clock.
	 */
	private DefaultJWTProcessor<SecurityContext> processor(TrustedClient client, URI keySource, String calledUrl) {
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor
			.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys.source(client.issuer(), keySource)));
		DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(Set.of(calledUrl), null,
				REQUIRED_CLAIMS, null) {
			@Override
			protected Date currentTime() {
				return Date.from(clock.instant());
			}
		};
		claims.setMaxClockSkew(Math.toIntExact(clockSkew.toSeconds()));
		processor.setJWTClaimsSetVerifier(claims);
		return processor;
	}

	/** Nimbus names the claims check that failed only in its message. */
	private static TokenRejectedException claimsRefused(BadJWTException e, JWTClaimsSet claims, String calledUrl,
			String facts) {
		if (e instanceof ExpiredJWTException) {
			return new TokenRejectedException(Reason.TIME,
					"expired at " + claims.getExpirationTime().toInstant() + facts);
		}
		if (e.getMessage().contains(" aud ")) {
			return new TokenRejectedException(Reason.AUDIENCE,
					"aud " + LogSafe.value(claims.getAudience()) + " is not the URL called, " + calledUrl + facts);
		}
		Reason reason = e.getMessage().startsWith("JWT before use time") ? Reason.TIME : Reason.CLAIMS;
		return new TokenRejectedException(reason, e.getMessage() + facts);
	}

	private static SignedJWT signed(String token) throws TokenRejectedException {
		JWT jwt;
		try {
			jwt = JWTParser.parse(token);
		}
		catch (ParseException e) {
			throw new TokenRejectedException(Reason.MALFORMED, "not a parseable JWT");
		}
		if (!(jwt instanceof SignedJWT signed)) {
			throw new TokenRejectedException(Reason.ALGORITHM,
					"not a signed JWT (alg " + LogSafe.value(jwt.getHeader().getAlgorithm()) + ")");
		}
		return signed;
	}

	private static String stringClaim(JWTClaimsSet claims, String name) throws TokenRejectedException {
		try {
			return claims.getStringClaim(name);
		}
		catch (ParseException e) {
			throw new TokenRejectedException(Reason.CLAIMS, name + " is not a string");
		}
	}

	private static JWTClaimsSet claims(SignedJWT jwt) throws TokenRejectedException {
		try {
			return jwt.getJWTClaimsSet();
		}
		catch (ParseException e) {
			throw new TokenRejectedException(Reason.MALFORMED, "claims are not a JSON object");
		}
	}

}

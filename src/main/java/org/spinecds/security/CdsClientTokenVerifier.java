package org.spinecds.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
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
 * kid found in the trusted issuer's JWK Set (from the configured JWKS or an allowlisted
 * jku), a valid signature, {@code aud} equal to the URL called, {@code exp}/{@code iat}
 * within the clock skew, and a {@code jti} not seen before.
 */
class CdsClientTokenVerifier {

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
		JWK key = keys.find(client.issuer(), keySource, header.getKeyID())
			.orElseThrow(() -> new TokenRejectedException(Reason.KEY,
					"kid not found in the JWK Set at " + keySource + facts));
		if (!signatureValid(jwt, key)) {
			throw new TokenRejectedException(Reason.SIGNATURE, "signature does not verify" + facts);
		}

		if (claims.getAudience().stream().noneMatch(calledUrl::equals)) {
			throw new TokenRejectedException(Reason.AUDIENCE,
					"aud " + LogSafe.value(claims.getAudience()) + " is not the URL called, " + calledUrl + facts);
		}
		if (client.tenant() != null && !client.tenant().equals(stringClaim(claims, "tenant"))) {
			throw new TokenRejectedException(Reason.TENANT, "tenant is not the one configured for the issuer" + facts);
		}
		Instant expires = required(claims.getExpirationTime(), "exp", facts);
		Instant issued = required(claims.getIssueTime(), "iat", facts);
		Instant now = clock.instant();
		if (!now.isBefore(expires.plus(clockSkew))) {
			throw new TokenRejectedException(Reason.TIME, "expired at " + expires + facts);
		}
		if (issued.isAfter(now.plus(clockSkew))) {
			throw new TokenRejectedException(Reason.TIME, "iat " + issued + " is in the future" + facts);
		}
		if (Duration.between(issued, expires).compareTo(maxTokenLifetime) > 0) {
			throw new TokenRejectedException(Reason.TIME,
					"lifetime (exp - iat) is longer than " + maxTokenLifetime + facts);
		}
		String jti = claims.getJWTID();
		if (jti == null || jti.isBlank()) {
			throw new TokenRejectedException(Reason.CLAIMS, "no jti" + facts);
		}
		if (!replayCache.firstUse(client.issuer(), jti, expires.plus(clockSkew))) {
			throw new TokenRejectedException(Reason.REPLAY, "jti was used before (replay)" + facts);
		}
		return new VerifiedCdsClient(client.issuer(), jti, header.getKeyID(), stringClaim(claims, "tenant"));
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

	private static JWTClaimsSet claims(SignedJWT jwt) throws TokenRejectedException {
		try {
			return jwt.getJWTClaimsSet();
		}
		catch (ParseException e) {
			throw new TokenRejectedException(Reason.MALFORMED, "claims are not a JSON object");
		}
	}

	private static boolean signatureValid(SignedJWT jwt, JWK key) throws TokenRejectedException {
		JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
		if ((key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse()))
				|| (key.getAlgorithm() != null && !key.getAlgorithm().equals(algorithm))) {
			throw new TokenRejectedException(Reason.KEY,
					"key " + LogSafe.value(key.getKeyID()) + " is not for " + algorithm + " signatures");
		}
		try {
			JWSVerifier verifier;
			if (key instanceof ECKey ec && JWSAlgorithm.Family.EC.contains(algorithm)) {
				verifier = new ECDSAVerifier(ec.toPublicJWK());
			}
			else if (key instanceof RSAKey rsa && JWSAlgorithm.Family.RSA.contains(algorithm)) {
				verifier = new RSASSAVerifier(rsa.toPublicJWK());
			}
			else {
				throw new TokenRejectedException(Reason.KEY, "key " + LogSafe.value(key.getKeyID()) + " ("
						+ key.getKeyType() + ") does not fit algorithm " + algorithm);
			}
			return jwt.verify(verifier);
		}
		catch (JOSEException e) {
			throw new TokenRejectedException(Reason.SIGNATURE, "signature cannot be checked: " + e.getMessage());
		}
	}

	private static Instant required(Date value, String claim, String facts) throws TokenRejectedException {
		if (value == null) {
			throw new TokenRejectedException(Reason.CLAIMS, "no " + claim + facts);
		}
		return value.toInstant();
	}

	private static String stringClaim(JWTClaimsSet claims, String name) throws TokenRejectedException {
		try {
			return claims.getStringClaim(name);
		}
		catch (ParseException e) {
			throw new TokenRejectedException(Reason.CLAIMS, name + " is not a string");
		}
	}

}

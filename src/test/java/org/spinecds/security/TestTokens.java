package org.spinecds.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * CDS client JWTs as a test wants them: valid by default (iat now, exp in five minutes,
 * fresh jti, the sandbox's header shape), with one thing changed per refusal case.
 */
public final class TestTokens {

	private String issuer;

	private String audience;

	private String keyId;

	private JWSAlgorithm algorithm;

	private URI jku;

	private Instant issuedAt = Instant.now();

	private Instant expiresAt = issuedAt.plus(Duration.ofMinutes(5));

	private String jti = UUID.randomUUID().toString();

	private String tenant;

	private TestTokens(String issuer, String audience) {
		this.issuer = issuer;
		this.audience = audience;
	}

	public static TestTokens token(String issuer, String audience) {
		return new TestTokens(issuer, audience);
	}

	TestTokens issuer(String value) {
		issuer = value;
		return this;
	}

	TestTokens audience(String value) {
		audience = value;
		return this;
	}

	TestTokens keyId(String value) {
		keyId = value;
		return this;
	}

	TestTokens algorithm(JWSAlgorithm value) {
		algorithm = value;
		return this;
	}

	TestTokens jku(String value) {
		jku = URI.create(value);
		return this;
	}

	TestTokens issuedAt(Instant value) {
		issuedAt = value;
		return this;
	}

	TestTokens expiresAt(Instant value) {
		expiresAt = value;
		return this;
	}

	TestTokens jti(String value) {
		jti = value;
		return this;
	}

	TestTokens tenant(String value) {
		tenant = value;
		return this;
	}

	/** Signed with the key; header kid and alg are the key's unless set. */
	public String signedWith(JWK key) {
		JWSAlgorithm alg = algorithm != null ? algorithm : JWSAlgorithm.parse(key.getAlgorithm().getName());
		try {
			JWSSigner signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
			return sign(alg, keyId != null ? keyId : key.getKeyID(), signer);
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An HMAC token: a symmetric algorithm, which CDS Hooks forbids. */
	String signedWithSecret(byte[] secret) {
		try {
			return sign(JWSAlgorithm.HS256, keyId, new MACSigner(secret));
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	/** {@code alg: none}, no signature. */
	String unsigned() {
		return new PlainJWT(claims()).serialize();
	}

	private String sign(JWSAlgorithm alg, String kid, JWSSigner signer) throws JOSEException {
		JWSHeader.Builder header = new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).keyID(kid);
		if (jku != null) {
			header.jwkURL(jku);
		}
		SignedJWT jwt = new SignedJWT(header.build(), claims());
		jwt.sign(signer);
		return jwt.serialize();
	}

	private JWTClaimsSet claims() {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer)
			.audience(audience)
			.issueTime(Date.from(issuedAt))
			.expirationTime(Date.from(expiresAt))
			.jwtID(jti);
		if (tenant != null) {
			claims.claim("tenant", tenant);
		}
		return claims.build();
	}

}

package org.spinecds.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinecds.security.TokenRejectedException.Reason;
import org.spinecds.testing.MutableClock;

/**
 * Each refusal is counted under the reason of the check that failed (metric
 * {@code cds.client.rejected}, tag {@code reason}), including the checks Nimbus does.
 */
class TokenRefusalReasonsTest {

	static final String ISSUER = "https://ehr.test.example";
	static final String CALLED = "https://cds.test.example/cds-services/lumbar-imaging-order-select";
	static final ECKey EC_KEY = TestKeys.es384("ec-1");
	static final RSAKey RSA_KEY = TestKeys.rs384("rsa-1");
	static final ECKey STRANGER_KEY = TestKeys.es384("ec-1");
	static final ECKey ES256_KEY = TestKeys.es256("ec256");

	static final MutableClock CLOCK = new MutableClock(Instant.now());

	@TempDir
	static Path dir;

	CdsClientTokenVerifier verifier;

	@BeforeEach
	void verifier() {
		URI jwks = TestKeys.writePublicJwks(dir.resolve("jwks.json"), EC_KEY, RSA_KEY, ES256_KEY).toUri();
		SecurityProperties properties = new SecurityProperties("https://cds.test.example",
				List.of(new TrustedClient(ISSUER, jwks.toString(), List.of(), "hospital-a")), List.of("ES384", "RS384"),
				Duration.ofSeconds(60), Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofHours(1),
				Duration.ofSeconds(5));
		JwksCache keys = new JwksCache(new JwksFetcher(Duration.ofSeconds(1)), CLOCK, Duration.ofMinutes(1),
				Duration.ofHours(1));
		verifier = new CdsClientTokenVerifier(properties, keys, new InMemoryReplayCache(CLOCK, 100), CLOCK);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("refusals")
	void refusalIsCountedUnderTheFailedCheck(String why, Reason reason, String token) {
		TokenRejectedException refusal = catchThrowableOfType(TokenRejectedException.class,
				() -> verifier.verify(token, CALLED));

		assertThat(refusal).as(why).isNotNull();
		assertThat(refusal.reason()).as(refusal.getMessage()).isEqualTo(reason);
	}

	@Test
	void aReplayIsCountedAsReplay() throws Exception {
		String token = valid().signedWith(EC_KEY);
		verifier.verify(token, CALLED);

		assertThat(catchThrowableOfType(TokenRejectedException.class, () -> verifier.verify(token, CALLED)).reason())
			.isEqualTo(Reason.REPLAY);
	}

	static Stream<Arguments> refusals() {
		Instant now = CLOCK.instant();
		return Stream.of(refused("not a JWT", Reason.MALFORMED, "not-a-jwt"),
				refused("typ other than JWT", Reason.MALFORMED,
						signed(header -> header.type(new JOSEObjectType("at+jwt")), claims -> claims)),
				refused("alg none", Reason.ALGORITHM, valid().unsigned()),
				refused("HS256", Reason.ALGORITHM,
						valid().keyId("ec-1")
							.signedWithSecret("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8))),
				refused("ES256 not configured", Reason.ALGORITHM, valid().signedWith(ES256_KEY)),
				refused("no kid", Reason.KEY, valid().keyId("").signedWith(EC_KEY)),
				refused("unknown kid", Reason.KEY, valid().keyId("no-such-kid").signedWith(EC_KEY)),
				refused("alg differs from the key's", Reason.KEY, valid().keyId("rsa-1").signedWith(EC_KEY)),
				refused("jku not on the allowlist", Reason.KEY,
						valid().jku("https://attacker.example/jwks.json").signedWith(EC_KEY)),
				refused("untrusted iss", Reason.ISSUER,
						TestTokens.token("https://stranger.example", CALLED).tenant("hospital-a").signedWith(EC_KEY)),
				refused("another key, same kid", Reason.SIGNATURE, valid().signedWith(STRANGER_KEY)),
				refused("aud of another URL", Reason.AUDIENCE,
						TestTokens.token(ISSUER, CALLED + "x").tenant("hospital-a").signedWith(EC_KEY)),
				refused("no aud", Reason.AUDIENCE, signed(header -> header, claims -> claims.audience((String) null))),
				refused("expired", Reason.TIME,
						valid().issuedAt(now.minus(Duration.ofMinutes(10)))
							.expiresAt(now.minus(Duration.ofMinutes(5)))
							.signedWith(EC_KEY)),
				refused("iat in the future", Reason.TIME,
						valid().issuedAt(now.plus(Duration.ofMinutes(5)))
							.expiresAt(now.plus(Duration.ofMinutes(10)))
							.signedWith(EC_KEY)),
				refused("lifetime too long", Reason.TIME,
						valid().expiresAt(now.plus(Duration.ofHours(3))).signedWith(EC_KEY)),
				refused("nbf in the future", Reason.TIME,
						signed(header -> header,
								claims -> claims.notBeforeTime(Date.from(now.plus(Duration.ofMinutes(4)))))),
				refused("no jti", Reason.CLAIMS, valid().jti(null).signedWith(EC_KEY)),
				refused("blank jti", Reason.CLAIMS, valid().jti(" ").signedWith(EC_KEY)),
				refused("no exp", Reason.CLAIMS, signed(header -> header, claims -> claims.expirationTime(null))),
				refused("tenant not a string", Reason.CLAIMS,
						signed(header -> header, claims -> claims.claim("tenant", 7))),
				refused("another tenant", Reason.TENANT,
						TestTokens.token(ISSUER, CALLED).tenant("hospital-b").signedWith(EC_KEY)),
				refused("no tenant", Reason.TENANT, TestTokens.token(ISSUER, CALLED).signedWith(EC_KEY)));
	}

	private static TestTokens valid() {
		return TestTokens.token(ISSUER, CALLED).tenant("hospital-a");
	}

	/** Shapes TestTokens cannot make: a valid token with the header or claims changed. */
	private static String signed(UnaryOperator<JWSHeader.Builder> header, UnaryOperator<JWTClaimsSet.Builder> claims) {
		Instant now = CLOCK.instant();
		JWTClaimsSet.Builder validClaims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(CALLED)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.jwtID(UUID.randomUUID().toString())
			.claim("tenant", "hospital-a");
		SignedJWT jwt = new SignedJWT(
				header.apply(new JWSHeader.Builder(JWSAlgorithm.ES384).type(JOSEObjectType.JWT).keyID("ec-1")).build(),
				claims.apply(validClaims).build());
		try {
			jwt.sign(new ECDSASigner(EC_KEY));
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
		return jwt.serialize();
	}

	private static Arguments refused(String why, Reason reason, String token) {
		return Arguments.of(why, reason, token);
	}

}

package org.spinecds.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.ECKey;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinecds.testing.MutableClock;

/**
 * The checks that need configuration other than the defaults: tenant, extra algorithms,
 * aud arrays.
 */
class CdsClientTokenVerifierTest {

	static final String ISSUER = "https://ehr.test.example";
	static final String CALLED = "https://cds.test.example/cds-services/lumbar-imaging-order-select";
	static final ECKey ES384 = TestKeys.es384("k-384");
	static final ECKey ES256 = TestKeys.es256("k-256");

	@TempDir
	Path dir;

	URI jwks;

	final MutableClock clock = new MutableClock(Instant.now());

	@BeforeEach
	void publishKeys() {
		jwks = TestKeys.writePublicJwks(dir.resolve("jwks.json"), ES384, ES256).toUri();
	}

	@Test
	void tenantMustMatchWhenConfigured() throws Exception {
		CdsClientTokenVerifier verifier = verifier(List.of("ES384"), "hospital-a");

		assertThat(verifier.verify(TestTokens.token(ISSUER, CALLED).tenant("hospital-a").signedWith(ES384), CALLED)
			.tenant()).isEqualTo("hospital-a");
		assertThatThrownBy(
				() -> verifier.verify(TestTokens.token(ISSUER, CALLED).tenant("hospital-b").signedWith(ES384), CALLED))
			.isInstanceOf(TokenRejectedException.class)
			.hasMessageContaining("tenant");
		assertThatThrownBy(() -> verifier.verify(TestTokens.token(ISSUER, CALLED).signedWith(ES384), CALLED))
			.isInstanceOf(TokenRejectedException.class);
	}

	@Test
	void es256IsAcceptedOnlyWhenConfigured() throws Exception {
		String token = TestTokens.token(ISSUER, CALLED).signedWith(ES256);

		assertThatThrownBy(() -> verifier(List.of("ES384", "RS384"), null).verify(token, CALLED))
			.hasMessageContaining("ES256 is not accepted");
		assertThat(verifier(List.of("ES384", "RS384", "ES256"), null).verify(token, CALLED).issuer()).isEqualTo(ISSUER);
	}

	@Test
	void verifiedCallerCarriesIssuerJtiAndKid() throws Exception {
		VerifiedCdsClient client = verifier(List.of("ES384"), null)
			.verify(TestTokens.token(ISSUER, CALLED).jti("the-jti").signedWith(ES384), CALLED);

		assertThat(client).isEqualTo(new VerifiedCdsClient(ISSUER, "the-jti", "k-384", null));
	}

	@Test
	void tokenLeewayIsTheConfiguredClockSkew() throws Exception {
		CdsClientTokenVerifier verifier = verifier(List.of("ES384"), null);
		String justExpired = TestTokens.token(ISSUER, CALLED)
			.issuedAt(clock.instant().minus(Duration.ofMinutes(5)))
			.expiresAt(clock.instant().minus(Duration.ofSeconds(30)))
			.signedWith(ES384);

		assertThat(verifier.verify(justExpired, CALLED)).as("within 60 s skew").isNotNull();
	}

	@Test
	void hmacOrNoneCannotBeConfigured() {
		assertThatThrownBy(() -> properties(List.of("ES384", "HS256"), null))
			.hasMessageContaining("never none or HMAC");
		assertThatThrownBy(() -> properties(List.of("none"), null)).hasMessageContaining("never none or HMAC");
	}

	@Test
	void aClientWithoutKeySourceOrWithAPlainHttpJkuIsRefusedAtStartUp() {
		assertThatThrownBy(() -> new TrustedClient(ISSUER, null, List.of(), null))
			.hasMessageContaining("needs a jwks-uri or a jku-allowlist");
		assertThatThrownBy(
				() -> new TrustedClient(ISSUER, null, List.of(URI.create("http://ehr.test.example/jwks")), null))
			.hasMessageContaining("must be an https: URL");
		assertThatThrownBy(() -> new TrustedClient(ISSUER, "ftp://ehr.test.example/jwks", List.of(), null))
			.hasMessageContaining("https:, file: or classpath:");
	}

	private CdsClientTokenVerifier verifier(List<String> algorithms, String tenant) {
		SecurityProperties properties = properties(algorithms, tenant);
		JwksCache keys = new JwksCache(new JwksFetcher(Duration.ofSeconds(1)), clock, Duration.ofMinutes(1),
				Duration.ofHours(1));
		return new CdsClientTokenVerifier(properties, keys, new InMemoryReplayCache(clock, 100), clock);
	}

	private SecurityProperties properties(List<String> algorithms, String tenant) {
		return new SecurityProperties("https://cds.test.example/",
				List.of(new TrustedClient(ISSUER, jwks.toString(), List.of(), tenant)), algorithms,
				Duration.ofSeconds(60), Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofHours(1),
				Duration.ofSeconds(5));
	}

}

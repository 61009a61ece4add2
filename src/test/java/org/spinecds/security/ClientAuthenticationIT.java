package org.spinecds.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinecds.testing.CdsHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With trusted clients configured, every CDS call needs a valid JWT. Two clients: one
 * whose JWK Set is a local file (ES384 and RS384 keys), one whose keys are fetched from
 * its allowlisted jku (served by WireMock). The service sits "behind a proxy": clients
 * call https://cds.test.example, which is what aud must name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ClientAuthenticationIT {

	static final String PUBLIC_BASE = "https://cds.test.example";
	static final String EHR = "https://ehr.test.example";
	static final String JKU_CLIENT = "https://jku-client.test.example";
	static final String SERVICE_AUD = PUBLIC_BASE + CdsHttp.ORDER_SELECT;

	static final ECKey EC_KEY = TestKeys.es384("ehr-ec-1");
	static final RSAKey RSA_KEY = TestKeys.rs384("ehr-rsa-1");
	static final ECKey JKU_CLIENT_KEY = TestKeys.es384("jku-client-1");
	static final ECKey STRANGER_KEY = TestKeys.es384("ehr-ec-1");
	static final ECKey ES256_KEY = TestKeys.es256("ehr-ec256");

	static final WireMockServer KEY_SERVER = new WireMockServer(wireMockConfig().dynamicPort());

	@TempDir
	static Path keysDir;

	@Value("${local.server.port}")
	int port;

	@Autowired
	MeterRegistry metrics;

	CdsHttp http;

	@BeforeAll
	static void publishKeys() {
		TestKeys.writePublicJwks(keysDir.resolve("ehr-jwks.json"), EC_KEY, RSA_KEY, ES256_KEY);
		KEY_SERVER.start();
		KEY_SERVER
			.stubFor(get("/jku-client/jwks.json").willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(TestKeys.publicJwks(JKU_CLIENT_KEY))));
		KEY_SERVER
			.stubFor(get("/elsewhere/jwks.json").willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(TestKeys.publicJwks(STRANGER_KEY))));
	}

	@AfterAll
	static void stopKeyServer() {
		KEY_SERVER.stop();
	}

	@DynamicPropertySource
	static void trustedClients(DynamicPropertyRegistry registry) {
		registry.add("cds.security.public-base-url", () -> PUBLIC_BASE);
		registry.add("cds.security.trusted-clients[0].issuer", () -> EHR);
		registry.add("cds.security.trusted-clients[0].jwks-uri",
				() -> keysDir.resolve("ehr-jwks.json").toUri().toString());
		registry.add("cds.security.trusted-clients[1].issuer", () -> JKU_CLIENT);
		registry.add("cds.security.trusted-clients[1].jku-allowlist[0]", ClientAuthenticationIT::trustedJku);
	}

	static String trustedJku() {
		return "http://localhost:" + KEY_SERVER.port() + "/jku-client/jwks.json";
	}

	static String untrustedJku() {
		return "http://localhost:" + KEY_SERVER.port() + "/elsewhere/jwks.json";
	}

	@BeforeEach
	void client() {
		http = new CdsHttp(port);
	}

	@Test
	void es384TokenFromTheConfiguredJwksIsAccepted() {
		String token = TestTokens.token(EHR, SERVICE_AUD).signedWith(EC_KEY);

		HttpResponse<String> response = http.post(CdsHttp.ORDER_SELECT, token, CdsHttp.earlyFusionRequest());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("\"cards\"");
	}

	@Test
	void rs384TokenFromTheConfiguredJwksIsAccepted() {
		String token = TestTokens.token(EHR, SERVICE_AUD).signedWith(RSA_KEY);

		assertThat(http.post(CdsHttp.ORDER_SELECT, token, CdsHttp.earlyFusionRequest()).statusCode()).isEqualTo(200);
	}

	@Test
	void tokenWithAnAllowlistedJkuIsCheckedAgainstTheKeysFetchedFromIt() {
		String token = TestTokens.token(JKU_CLIENT, SERVICE_AUD).jku(trustedJku()).signedWith(JKU_CLIENT_KEY);

		assertThat(http.post(CdsHttp.ORDER_SELECT, token, CdsHttp.earlyFusionRequest()).statusCode()).isEqualTo(200);
	}

	@Test
	void discoveryNeedsATokenWhoseAudIsTheDiscoveryUrl() {
		assertThat(http.get("/cds-services", null).statusCode()).isEqualTo(401);

		String token = TestTokens.token(EHR, PUBLIC_BASE + "/cds-services").signedWith(EC_KEY);
		HttpResponse<String> response = http.get("/cds-services", token);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("lumbar-imaging-order-select");
	}

	@Test
	void feedbackPathNeedsAToken() {
		String path = CdsHttp.ORDER_SELECT + "/feedback";
		assertThat(http.post(path, null, "{\"feedback\": []}").statusCode()).isEqualTo(401);

		String token = TestTokens.token(EHR, PUBLIC_BASE + path).signedWith(EC_KEY);
		assertThat(http.post(path, token, "{\"feedback\": []}").statusCode())
			.as("authenticated: the feedback endpoint itself answers")
			.isEqualTo(200);
	}

	@Test
	void replayedTokenIsRefused() {
		String token = TestTokens.token(EHR, SERVICE_AUD).signedWith(EC_KEY);

		assertThat(http.post(CdsHttp.ORDER_SELECT, token, CdsHttp.earlyFusionRequest()).statusCode()).isEqualTo(200);
		assertUnauthorized(http.post(CdsHttp.ORDER_SELECT, token, CdsHttp.earlyFusionRequest()));
	}

	@Test
	void refusalsAreCountedByReason() {
		double missingBefore = rejected("missing");
		double replayBefore = rejected("replay");
		double signatureBefore = rejected("signature");
		String token = TestTokens.token(EHR, SERVICE_AUD).signedWith(EC_KEY);

		assertUnauthorized(http.post(CdsHttp.ORDER_SELECT, null, CdsHttp.earlyFusionRequest()));
		assertThat(http.post(CdsHttp.ORDER_SELECT, token, CdsHttp.earlyFusionRequest()).statusCode()).isEqualTo(200);
		assertUnauthorized(http.post(CdsHttp.ORDER_SELECT, token, CdsHttp.earlyFusionRequest()));

		assertThat(rejected("missing")).isEqualTo(missingBefore + 1);
		assertThat(rejected("replay")).isEqualTo(replayBefore + 1);
		assertThat(rejected("signature")).isEqualTo(signatureBefore);
	}

	private double rejected(String reason) {
		Counter counter = metrics.find("cds.client.rejected").tag("reason", reason).counter();
		return counter == null ? 0 : counter.count();
	}

	@Test
	void untrustedJkuIsNeverFetched(CapturedOutput output) {
		String token = TestTokens.token(JKU_CLIENT, SERVICE_AUD).jku(untrustedJku()).signedWith(STRANGER_KEY);

		assertUnauthorized(http.post(CdsHttp.ORDER_SELECT, token, CdsHttp.earlyFusionRequest()));
		KEY_SERVER.verify(0, getRequestedFor(urlEqualTo("/elsewhere/jwks.json")));
		assertThat(output).contains("is not on the issuer's allowlist");
	}

	@Test
	void refusalIsLoggedWithItsReasonButWithoutTheToken(CapturedOutput output) {
		String token = TestTokens.token(EHR, SERVICE_AUD).jti("jti-for-the-log").signedWith(STRANGER_KEY);

		assertUnauthorized(http.post(CdsHttp.ORDER_SELECT, token, CdsHttp.earlyFusionRequest()));

		assertThat(output).contains("signature does not verify", "iss=" + EHR, "kid=ehr-ec-1", "jti=jti-for-the-log");
		assertThat(output).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedTokens")
	void refusedTokenGetsABare401(String why, Supplier<String> authorization) {
		assertUnauthorized(
				http.postWithAuthorization(CdsHttp.ORDER_SELECT, authorization.get(), CdsHttp.earlyFusionRequest()));
	}

	static Stream<Arguments> refusedTokens() {
		Instant now = Instant.now();
		return Stream
			.of(refused("missing Authorization header", () -> null),
					refused("not a bearer token", () -> "Basic ZWhyOnNlY3JldA=="),
					refused("not a JWT", () -> "Bearer not-a-jwt"),
					refused("bad signature (another key, same kid)", () -> bearer(
							TestTokens.token(EHR, SERVICE_AUD).signedWith(STRANGER_KEY))),
					refused("wrong aud (the internal URL)",
							() -> bearer(
									TestTokens.token(EHR, "http://localhost" + CdsHttp.ORDER_SELECT)
										.signedWith(EC_KEY))),
					refused("aud of another service",
							() -> bearer(TestTokens.token(EHR, PUBLIC_BASE + "/cds-services/lumbar-imaging-order-sign")
								.signedWith(EC_KEY))),
					refused("expired",
							() -> bearer(TestTokens.token(EHR, SERVICE_AUD)
								.issuedAt(now.minus(Duration.ofMinutes(10)))
								.expiresAt(now.minus(Duration.ofMinutes(5)))
								.signedWith(EC_KEY))),
					refused("iat in the future",
							() -> bearer(TestTokens.token(EHR, SERVICE_AUD)
								.issuedAt(now.plus(Duration.ofMinutes(5)))
								.expiresAt(now.plus(Duration.ofMinutes(10)))
								.signedWith(EC_KEY))),
					refused("lifetime longer than allowed",
							() -> bearer(TestTokens.token(EHR, SERVICE_AUD)
								.expiresAt(now.plus(Duration.ofHours(3)))
								.signedWith(EC_KEY))),
					refused("unknown kid",
							() -> bearer(TestTokens.token(EHR, SERVICE_AUD).keyId("no-such-kid").signedWith(EC_KEY))),
					refused("no kid", () -> bearer(TestTokens.token(EHR, SERVICE_AUD).keyId("").signedWith(EC_KEY))),
					refused("alg none", () -> bearer(TestTokens.token(EHR, SERVICE_AUD).keyId("ehr-ec-1").unsigned())),
					refused("HS256", () -> bearer(TestTokens.token(EHR, SERVICE_AUD)
						.keyId("ehr-ec-1")
						.signedWithSecret("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8)))),
					refused("ES256, not accepted unless configured",
							() -> bearer(TestTokens.token(EHR, SERVICE_AUD).signedWith(ES256_KEY))),
					refused("alg in header differs from the key's",
							() -> bearer(TestTokens.token(EHR, SERVICE_AUD).keyId("ehr-rsa-1").signedWith(EC_KEY))),
					refused("untrusted iss",
							() -> bearer(TestTokens.token("https://stranger.example", SERVICE_AUD).signedWith(EC_KEY))),
					refused("no jti", () -> bearer(TestTokens.token(EHR, SERVICE_AUD).jti(null).signedWith(EC_KEY))),
					refused("jku not on the allowlist",
							() -> bearer(TestTokens.token(EHR, SERVICE_AUD)
								.jku("https://attacker.example/jwks.json")
								.signedWith(EC_KEY))),
					refused("jku client without jku",
							() -> bearer(TestTokens.token(JKU_CLIENT, SERVICE_AUD).signedWith(JKU_CLIENT_KEY))));
	}

	private static Arguments refused(String why, Supplier<String> authorization) {
		return Arguments.of(why, authorization);
	}

	private static String bearer(String token) {
		return "Bearer " + token;
	}

	static void assertUnauthorized(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		JsonNode outcome = readJson(response.body());
		assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
		assertThat(outcome.at("/issue/0/code").asText()).isEqualTo("login");
		assertThat(outcome.at("/issue/0/diagnostics").asText()).as("no reason given").isEqualTo("Unauthorized");
		assertThat(outcome.get("issue")).hasSize(1);
	}

	private static JsonNode readJson(String json) {
		try {
			return new ObjectMapper().readTree(json);
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

}

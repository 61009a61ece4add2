package org.spinecds.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecds.testing.CdsHttp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A browser client (the CDS Hooks sandbox) preflights every call. With JWTs required and
 * an explicit origin list, preflights from a listed origin are answered without a JWT, on
 * all three CDS paths, and refusals stay readable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CorsPreflightIT {

	static final String SANDBOX_ORIGIN = "https://sandbox.cds-hooks.org";

	@TempDir
	static Path keysDir;

	@Value("${local.server.port}")
	int port;

	CdsHttp http;

	@BeforeAll
	static void publishKeys() {
		TestKeys.writePublicJwks(keysDir.resolve("jwks.json"), TestKeys.es384("k"));
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("cds.security.public-base-url", () -> "https://cds.test.example");
		registry.add("cds.security.trusted-clients[0].issuer", () -> "https://ehr.test.example");
		registry.add("cds.security.trusted-clients[0].jwks-uri", () -> keysDir.resolve("jwks.json").toUri().toString());
		registry.add("cds.cors.allowed-origins[0]", () -> SANDBOX_ORIGIN);
		registry.add("cds.cors.allowed-origins[1]", () -> "https://ehr.test.example");
	}

	@BeforeEach
	void client() {
		http = new CdsHttp(port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/cds-services", "/cds-services/lumbar-imaging-order-select",
			"/cds-services/lumbar-imaging-order-select/feedback" })
	void preflightFromAnAllowedOriginIsAnsweredWithoutAJwt(String path) {
		HttpResponse<String> response = preflight(path, SANDBOX_ORIGIN, path.equals("/cds-services") ? "GET" : "POST");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SANDBOX_ORIGIN);
		assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("GET", "POST",
				"OPTIONS");
		assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
			.contains("authorization", "content-type", "accept");
		assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
	}

	@Test
	void preflightFromAnotherOriginIsRefused() {
		HttpResponse<String> response = preflight("/cds-services", "https://evil.example", "GET");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void refusalCarriesCorsHeadersSoTheBrowserCanShowIt() {
		HttpResponse<String> response = http
			.send(http.request("/cds-services", null).header("Origin", SANDBOX_ORIGIN).GET());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SANDBOX_ORIGIN);
	}

	private HttpResponse<String> preflight(String path, String origin, String method) {
		return http.send(http.request(path, null)
			.header("Origin", origin)
			.header("Access-Control-Request-Method", method)
			.header("Access-Control-Request-Headers", "authorization,content-type,accept")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
	}

}

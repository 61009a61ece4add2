package org.spinecds.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spinecds.SpineImagingCdsApplication;
import org.spinecds.testing.CdsHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How the service starts: open with a loud warning, locked down with the prod profile, or
 * trusting the sandbox.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartUpModesIT {

	static final String WARNING = "NO TRUSTED CDS CLIENTS CONFIGURED";

	@Test
	void withoutTrustedClientsItStartsOpenAndSaysSoLoudlyOnce(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start(new String[0])) {
			assertThat(output.getOut().split(WARNING, -1)).hasSize(2);
		}
	}

	@Test
	void prodProfileRefusesToStartWithoutTrustedClients() {
		assertThatThrownBy(() -> start(new String[] { "prod" })).rootCause()
			.hasMessageContaining("Refusing to start with the prod profile")
			.hasMessageContaining("no trusted CDS clients")
			.hasMessageContaining("cds.security.public-base-url")
			.hasMessageContaining("cds.cors.allowed-origins");
	}

	@Test
	void prodProfileRefusesToStartWithoutAnIdHashSalt(@TempDir Path dir) {
		Path jwks = TestKeys.writePublicJwks(dir.resolve("jwks.json"), TestKeys.es384("k"));
		assertThatThrownBy(
				() -> start(new String[] { "prod" }, "--cds.security.public-base-url=https://cds.example.org",
						"--cds.security.trusted-clients[0].issuer=https://ehr.example.org",
						"--cds.security.trusted-clients[0].jwks-uri=" + jwks.toUri(),
						"--cds.cors.allowed-origins=https://ehr.example.org", "--cds.audit.id-hash-salt="))
			.rootCause()
			.hasMessageContaining("cds.audit.id-hash-salt must be set");
	}

	@Test
	void prodProfileRefusesTheSandboxClient() {
		assertThatThrownBy(() -> start(new String[] { "prod", "sandbox" },
				"--cds.security.public-base-url=https://cds.example.org",
				"--cds.cors.allowed-origins=https://ehr.example.org"))
			.rootCause()
			.hasMessageContaining("is the CDS Hooks sandbox");
		assertThatThrownBy(() -> start(new String[] { "sandbox", "prod" },
				"--cds.security.public-base-url=https://cds.example.org",
				"--cds.cors.allowed-origins=https://ehr.example.org"))
			.rootCause()
			.hasMessageContaining("Refusing to start with the prod profile");
	}

	@Test
	void prodProfileStartsWhenLockedDown(@TempDir Path dir, CapturedOutput output) {
		Path jwks = TestKeys.writePublicJwks(dir.resolve("jwks.json"), TestKeys.es384("k"));
		try (ConfigurableApplicationContext context = start(new String[] { "prod" },
				"--cds.security.public-base-url=https://cds.example.org",
				"--cds.security.trusted-clients[0].issuer=https://ehr.example.org",
				"--cds.security.trusted-clients[0].jwks-uri=" + jwks.toUri(),
				"--cds.cors.allowed-origins=https://ehr.example.org")) {
			assertThat(context.isRunning()).isTrue();
			assertThat(output).doesNotContain(WARNING);
		}
	}

	@Test
	void sandboxProfileLoadsTheBundledJwksAndRequiresTokens() {
		try (ConfigurableApplicationContext context = start(new String[] { "sandbox" })) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			CdsHttp http = new CdsHttp(port);

			assertThat(http.get("/cds-services", null).statusCode()).isEqualTo(401);
			assertThat(context.getBean(JwksCache.class)
				.find("https://sandbox.cds-hooks.org",
						java.net.URI.create("classpath:security/cds-hooks-sandbox-jwks.json"),
						"44823f3d-0b01-4a6c-a80e-b9d3e8a7226f"))
				.isPresent();
		}
	}

	@Test
	void aBrokenJwksFileStopsStartUp(@TempDir Path dir) {
		assertThatThrownBy(
				() -> start(new String[0], "--cds.security.trusted-clients[0].issuer=https://ehr.example.org",
						"--cds.security.trusted-clients[0].jwks-uri=" + dir.resolve("missing.json").toUri()))
			.rootCause()
			.hasMessageContaining("missing.json");
	}

	private static ConfigurableApplicationContext start(String[] profiles, String... arguments) {
		String[] args = new String[arguments.length + 1];
		args[0] = "--server.port=0";
		System.arraycopy(arguments, 0, args, 1, arguments.length);
		return new SpringApplicationBuilder(SpineImagingCdsApplication.class).profiles(profiles).run(args);
	}

}

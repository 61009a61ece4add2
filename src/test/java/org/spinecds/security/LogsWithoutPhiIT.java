package org.spinecds.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.ECKey;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spinecds.testing.CdsHttp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A hook call for a named patient, with a FHIR access token and a JWT, leaves one log
 * line with the caller and the outcome, and nothing of the patient or the tokens, even
 * with this service's and Spring MVC's debug logging on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.org.spinecds=TRACE", "logging.level.org.springframework.web=DEBUG" })
@ExtendWith(OutputCaptureExtension.class)
class LogsWithoutPhiIT {

	static final String ISSUER = "https://ehr.test.example";
	static final String PUBLIC_BASE = "https://cds.test.example";
	static final ECKey KEY = TestKeys.es384("log-test");
	static final String ACCESS_TOKEN = "fhir-access-token-5f0c2a9e7b1d4c3a";

	@TempDir
	static Path keysDir;

	@Value("${local.server.port}")
	int port;

	@BeforeAll
	static void publishKeys() {
		TestKeys.writePublicJwks(keysDir.resolve("jwks.json"), KEY);
	}

	@DynamicPropertySource
	static void trustedClient(DynamicPropertyRegistry registry) {
		registry.add("cds.security.public-base-url", () -> PUBLIC_BASE);
		registry.add("cds.security.trusted-clients[0].issuer", () -> ISSUER);
		registry.add("cds.security.trusted-clients[0].jwks-uri", () -> keysDir.resolve("jwks.json").toUri().toString());
	}

	@Test
	void hookCallLogsCallerAndOutcomeButNoPatientDataOrTokens(CapturedOutput output) throws Exception {
		String jwt = TestTokens.token(ISSUER, PUBLIC_BASE + CdsHttp.ORDER_SELECT).jti("jti-log-test").signedWith(KEY);
		ObjectNode request = (ObjectNode) new ObjectMapper().readTree(CdsHttp.earlyFusionRequest());
		request.put("fhirServer", "https://ehr.test.example/fhir");
		request.putObject("fhirAuthorization")
			.put("access_token", ACCESS_TOKEN)
			.put("token_type", "Bearer")
			.put("expires_in", 300)
			.put("scope", "user/Condition.read user/Procedure.read")
			.put("subject", "cds-service");
		String body = request.toString();
		assertThat(body).contains("Testpatient", "FAKE-MRN-0001", "1968-03-14");

		HttpResponse<String> response = new CdsHttp(port).post(CdsHttp.ORDER_SELECT, jwt, body);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(output).contains("hook call service=lumbar-imaging-order-select",
				"hookInstance=" + request.get("hookInstance").asText(), "iss=" + ISSUER, "jti=jti-log-test", "cards=1");
		assertThat(output.getAll()).doesNotContain("Testpatient")
			.doesNotContain("Alpha")
			.doesNotContain("FAKE-MRN-0001")
			.doesNotContain("1968-03-14")
			.doesNotContain(ACCESS_TOKEN)
			.doesNotContain(jwt)
			.doesNotContain(jwt.substring(0, jwt.indexOf('.')))
			.doesNotContain(jwt.substring(jwt.lastIndexOf('.') + 1));
	}

}

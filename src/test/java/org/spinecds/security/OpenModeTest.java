package org.spinecds.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecds.testing.CdsHttp;
import org.spinecds.testing.SharedServiceTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * The embedded quick start: no trusted clients, so calls need no JWT, and CORS allows any
 * origin.
 */
@SharedServiceTest
class OpenModeTest {

	@Value("${local.server.port}")
	int port;

	CdsHttp http;

	@BeforeEach
	void client() {
		http = new CdsHttp(port);
	}

	@Test
	void callsWithoutAJwtAreAccepted() {
		assertThat(http.get("/cds-services", null).statusCode()).isEqualTo(200);
		assertThat(http.post(CdsHttp.ORDER_SELECT, null, CdsHttp.earlyFusionRequest()).statusCode()).isEqualTo(200);
	}

	@Test
	void aTokenIsNotCheckedWhenNoClientIsTrusted() {
		assertThat(http.post(CdsHttp.ORDER_SELECT, "anything", CdsHttp.earlyFusionRequest()).statusCode())
			.isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/cds-services", "/cds-services/lumbar-imaging-order-sign",
			"/cds-services/lumbar-imaging-order-sign/feedback" })
	void anyOriginMayPreflight(String path) {
		HttpResponse<String> response = http.send(http.request(path, null)
			.header("Origin", "http://localhost:3000")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "Authorization, Content-Type")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
	}

}

package org.spinecds.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinecds.testing.CdsHttp;
import org.spinecds.testing.SharedServiceTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * Default limits: bodies over 5 MB get 413, JSON nested too deep or with a huge string
 * gets 400.
 */
@SharedServiceTest
class RequestLimitsTest {

	static final int FIVE_MB = 5 * 1024 * 1024;
	static final ObjectMapper JSON = new ObjectMapper();

	@Value("${local.server.port}")
	int port;

	CdsHttp http;

	@BeforeEach
	void client() {
		http = new CdsHttp(port);
	}

	@AfterEach
	void serviceStillAnswers() {
		assertThat(http.post(CdsHttp.ORDER_SELECT, null, CdsHttp.earlyFusionRequest()).statusCode()).isEqualTo(200);
	}

	@Test
	void bodyOverTheLimitIsRefusedWith413() throws Exception {
		HttpResponse<String> response = http.post(CdsHttp.ORDER_SELECT, null, paddedRequest(FIVE_MB + 1));

		assertOutcome(response, 413, "too-long", "larger than the 5242880 bytes");
	}

	@Test
	void chunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
		byte[] body = paddedRequest(FIVE_MB + 1).getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = http.send(http.request(CdsHttp.ORDER_SELECT, null)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

		assertOutcome(response, 413, "too-long", "larger than the 5242880 bytes");
	}

	@Test
	void bodyJustUnderTheLimitIsRead() {
		HttpResponse<String> response = http.post(CdsHttp.ORDER_SELECT, null, paddedRequest(FIVE_MB - 1024));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	@Test
	void jsonNestedDeeperThanTheLimitIsRefusedWith400() throws Exception {
		String deep = "{\"hookInstance\": \"x\", \"context\": " + "[".repeat(150) + "]".repeat(150) + "}";

		assertOutcome(http.post(CdsHttp.ORDER_SELECT, null, deep), 400, "too-long", "nested too deeply");
	}

	@Test
	void stringLongerThanTheLimitIsRefusedWith400() throws Exception {
		String huge = "{\"hookInstance\": \"" + "a".repeat(1_000_001) + "\"}";

		assertOutcome(http.post(CdsHttp.ORDER_SELECT, null, huge), 400, "too-long", "string or number too long");
	}

	/** The example request with a padding field, grown to exactly {@code bytes}. */
	static String paddedRequest(int bytes) {
		String request = CdsHttp.earlyFusionRequest().strip();
		String prefix = "{\"padding\": [";
		String suffix = "], " + request.substring(1);
		int room = bytes - prefix.length() - suffix.length();
		StringBuilder padding = new StringBuilder(room);
		while (padding.length() + 10 <= room) {
			padding.append(padding.isEmpty() ? "\"aaaaaaa\"" : ",\"aaaaaa\"");
		}
		padding.append(" ".repeat(room - padding.length()));
		String padded = prefix + padding + suffix;
		assertThat(padded.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
		return padded;
	}

	static void assertOutcome(HttpResponse<String> response, int status, String code, String diagnostics)
			throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode outcome = JSON.readTree(response.body());
		assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
		assertThat(outcome.at("/issue/0/code").asText()).isEqualTo(code);
		assertThat(outcome.at("/issue/0/diagnostics").asText()).contains(diagnostics);
	}

}

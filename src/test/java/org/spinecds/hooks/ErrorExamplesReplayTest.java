package org.spinecds.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.spinecds.testing.CdsHttp;
import org.spinecds.testing.SharedServiceTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * Replays every {@code hooks/errors/<case>.request.txt}: the answer has the expected
 * status and is a FHIR OperationOutcome whose message says what is wrong, with no stack
 * trace.
 */
@SharedServiceTest
class ErrorExamplesReplayTest {

	private static final Path ERRORS = Path.of("hooks", "errors");

	private static final ObjectMapper JSON = new ObjectMapper();

	@Value("${local.server.port}")
	int port;

	@TestFactory
	Stream<DynamicTest> everyBadRequestGetsAClearError() throws IOException {
		List<Path> cases;
		try (Stream<Path> files = Files.list(ERRORS)) {
			cases = files.filter(path -> path.toString().endsWith(".request.txt")).sorted().toList();
		}
		assertThat(cases).hasSizeGreaterThanOrEqualTo(12);
		return cases.stream()
			.map(request -> DynamicTest.dynamicTest(request.getFileName().toString(), () -> replay(request)));
	}

	@Test
	void unknownPathIsA404OperationOutcome() throws Exception {
		HttpResponse<String> response = new CdsHttp(port).get("/nothing-here", null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(response.body()).get("resourceType").asText()).isEqualTo("OperationOutcome");
	}

	@Test
	void getOnAServiceIsA405OperationOutcome() throws Exception {
		HttpResponse<String> response = new CdsHttp(port).get("/cds-services/lumbar-imaging-order-sign", null);
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(diagnostics(JSON.readTree(response.body()))).contains("POST /cds-services/{id}");
	}

	@Test
	void aPrefetchValueThatIsNotFhirDoesNotStopACallWithNoOrderInScope() throws Exception {
		ObjectNode request = (ObjectNode) JSON
			.readTree(Path.of("hooks", "non-spine-order", "order-select.request.json").toFile());
		((ObjectNode) request.get("prefetch")).putObject("conditions").put("resourceType", "NoSuchType");

		HttpResponse<String> response = new CdsHttp(port).post(CdsHttp.ORDER_SELECT, null, request.toString());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(JSON.readTree(response.body()).get("cards")).isEmpty();
	}

	private void replay(Path requestFile) throws Exception {
		String name = requestFile.getFileName().toString().replace(".request.txt", "");
		JsonNode expected = JSON.readTree(requestFile.resolveSibling(name + ".expected.json").toFile());
		CdsHttp http = new CdsHttp(port);
		HttpResponse<String> response = http
			.send(http.request("/cds-services/" + expected.get("service").asText(), null)
				.header("Content-Type", expected.get("contentType").asText())
				.POST(HttpRequest.BodyPublishers.ofString(Files.readString(requestFile))));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(expected.get("status").asInt());
		JsonNode outcome = JSON.readTree(response.body());
		assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
		assertThat(outcome.at("/issue/0/severity").asText()).isEqualTo("error");
		assertThat(diagnostics(outcome).toLowerCase(Locale.ROOT)).contains(expected.get("messageContains").asText());
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("HAPI-");
	}

	private static String diagnostics(JsonNode outcome) {
		return outcome.at("/issue/0/diagnostics").asText();
	}

}

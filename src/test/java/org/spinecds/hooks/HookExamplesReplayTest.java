package org.spinecds.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.spinecds.testing.CdsHttp;
import org.spinecds.testing.SharedServiceTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * Replays every {@code hooks/<scenario>/<hook>.request.json} over HTTP and compares the
 * answer field by field with {@code <hook>.response.json}. Run with
 * {@code -Dhooks.record=true} to (re)write the expected files after a deliberate change,
 * then review the diff like code.
 */
@SharedServiceTest
class HookExamplesReplayTest {

	private static final Path HOOKS = Path.of("hooks");

	private static final boolean RECORD = Boolean.getBoolean("hooks.record");

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	@Value("${local.server.port}")
	int port;

	@TestFactory
	Stream<DynamicTest> everyScenarioAnswersAsRecorded() throws IOException {
		List<Path> requests;
		try (Stream<Path> files = Files.walk(HOOKS)) {
			requests = files.filter(path -> path.getFileName().toString().endsWith(".request.json")).sorted().toList();
		}
		assertThat(requests).hasSizeGreaterThanOrEqualTo(30);
		return requests.stream()
			.map(request -> DynamicTest.dynamicTest(HOOKS.relativize(request).toString(), () -> replay(request)));
	}

	private void replay(Path requestFile) throws Exception {
		JsonNode request = JSON.readTree(requestFile.toFile());
		String hook = request.get("hook").asText();
		HttpResponse<String> response = new CdsHttp(port).post("/cds-services/lumbar-imaging-" + hook, null,
				Files.readString(requestFile));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode actual = JSON.readTree(response.body());
		assertThat(EmptyJsonFields.in(actual)).as("null or empty fields (CDS Hooks: omit them)").isEmpty();
		Path expectedFile = requestFile.resolveSibling(hook + ".response.json");
		if (RECORD) {
			JSON.writeValue(expectedFile.toFile(), JsonDifferences.mask(actual.deepCopy()));
			return;
		}
		assertThat(expectedFile).as("expected answer next to the request").exists();
		assertThat(JsonDifferences.between(JSON.readTree(expectedFile.toFile()), actual)).isEmpty();
	}

}

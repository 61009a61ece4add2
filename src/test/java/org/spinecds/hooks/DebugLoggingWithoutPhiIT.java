package org.spinecds.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.hooks.EhrFhirServer.withoutPrefetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecds.testing.CdsHttp;
import org.spinecds.testing.LoggerLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An operator who turns every logger to DEBUG to chase a problem still gets no patient
 * data and no access token in the log: not from Tomcat reading the request, nor from the
 * HTTP client fetching from the EHR's FHIR server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// The deadline is not what this test is about: the first call at root DEBUG is
		// slow, and the deadline counts from its arrival.
		properties = { "cds.fhir.allowed-servers=http://localhost:*/fhir", "cds.fhir.deadline=20s" })
@ExtendWith(OutputCaptureExtension.class)
class DebugLoggingWithoutPhiIT {

	private static final String ACCESS_TOKEN = "debug-log-access-token-8e41b7";

	private static final EhrFhirServer EHR = new EhrFhirServer();

	@Value("${local.server.port}")
	int port;

	@Autowired
	LoggingSystem logging;

	@BeforeAll
	static void startEhr() {
		EHR.start();
	}

	@AfterAll
	static void stopEhr() {
		EHR.stop();
	}

	@Test
	void fetchedHookCallLeavesNoPatientDataOrTokenAtRootDebug(CapturedOutput output) throws Exception {
		JsonNode request = new ObjectMapper()
			.readTree(Path.of("hooks/early-fusion-mri-without-contrast/order-select.request.json").toFile());
		assertThat(request.toString()).contains("Testpatient", "FAKE-MRN-0001", "1968-03-14");
		EHR.servePrefetchOf(request);

		HttpResponse<String> fetched;
		HttpResponse<String> prefetched;
		try (LoggerLevel everythingAtDebug = LoggerLevel.set(logging, LoggingSystem.ROOT_LOGGER_NAME, LogLevel.DEBUG)) {
			fetched = post(withoutPrefetch(request, EHR.base(), ACCESS_TOKEN).toString());
			prefetched = post(request.toString());
		}

		assertThat(fetched.statusCode()).as(fetched.body()).isEqualTo(200);
		assertThat(prefetched.statusCode()).as(prefetched.body()).isEqualTo(200);
		assertThat(EHR.requests()).isNotEmpty();
		assertThat(output.getAll()).contains("hook call service=lumbar-imaging-order-select")
			.doesNotContain("Testpatient")
			.doesNotContain("FAKE-MRN-0001")
			.doesNotContain("1968-03-14")
			.doesNotContain(ACCESS_TOKEN);
	}

	private HttpResponse<String> post(String body) {
		return new CdsHttp(port).post(CdsHttp.ORDER_SELECT, null, body);
	}

}

package org.spinecds.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecds.SpineImagingCdsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * With its database down the service does not start, and says so quickly, naming the
 * database without its password.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseDownAtStartIT {

	@Test
	void startUpFailsWithinSecondsNamingTheDatabaseButNotItsPassword(CapturedOutput output) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String url = "jdbc:postgresql://localhost:" + closedPort + "/spinecds?password=secret-in-the-url";

		long started = System.nanoTime();
		assertThatThrownBy(() -> new SpringApplicationBuilder(SpineImagingCdsApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=cds",
				"--spring.datasource.password=secret-password"))
			.isNotNull();
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		Duration waitedForDatabase = between(output, " - Starting...", "APPLICATION FAILED TO START");
		System.out.println("OUTAGE-FIGURES start-up with the database down failed after " + took.toMillis()
				+ " ms, of which " + waitedForDatabase.toMillis() + " ms from the first connection attempt");
		assertThat(waitedForDatabase).isLessThan(Duration.ofSeconds(10));
		assertThat(output)
			.contains("The database at jdbc:postgresql://localhost:" + closedPort
					+ "/spinecds?password=*** (user 'cds') did not answer within 5000 ms")
			.doesNotContain("secret-in-the-url")
			.doesNotContain("secret-password");
	}

	/**
	 * From the log line with the first text to the last log line before the second (a
	 * shared test machine can take far longer to start everything else).
	 */
	private static Duration between(CapturedOutput output, String first, String second) {
		Instant from = null;
		Instant to = null;
		Instant last = null;
		for (String line : output.getAll().lines().toList()) {
			if (!line.isEmpty() && Character.isDigit(line.charAt(0))) {
				last = timestamp(line);
			}
			if (from == null && line.contains(first)) {
				from = last;
			}
			if (from != null && line.contains(second)) {
				to = last;
				break;
			}
		}
		assertThat(from).as(first).isNotNull();
		assertThat(to).as(second).isNotNull();
		return Duration.between(from, to);
	}

	private static Instant timestamp(String logLine) {
		return OffsetDateTime.parse(logLine.substring(0, logLine.indexOf(' '))).toInstant();
	}

}

package org.spinecds.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.feedback.FeedbackBodies.body;
import static org.spinecds.feedback.FeedbackBodies.overridden;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinecds.SpineImagingCdsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default database, an H2 file, locked by another session ({@code SET EXCLUSIVE 1}:
 * every statement of every other connection waits until it is released), as a long
 * maintenance job or a stuck transaction would: hook calls are still answered with their
 * cards within the bounds, feedback is answered at once (taken or refused with 503, never
 * a wait or a 500), and once the lock is released every answered call has its audit row
 * exactly once.
 */
class H2LockedDatabaseIT {

	/**
	 * What the lock may add to an answer at worst: cds.database.request-timeout (1.2 s),
	 * once per probe interval, with room for a loaded machine.
	 */
	private static final Duration BOUND = Duration.ofMillis(2000);

	@TempDir
	Path data;

	private ConfigurableApplicationContext service;

	@AfterEach
	void stop() {
		if (service != null) {
			service.close();
		}
	}

	@Test
	void callsAreAnsweredWhileTheDatabaseIsLockedAndAuditedOnceAfterIt() throws Exception {
		String url = "jdbc:h2:file:" + data.resolve("locked") + ";AUTO_SERVER=FALSE";
		service = new SpringApplicationBuilder(SpineImagingCdsApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--cds.audit.id-hash-salt=locked-test",
				"--cds.database.probe-interval=1s", "--cds.audit.writer.max-backoff=500ms");
		Http http = new Http(((WebServerApplicationContext) service).getWebServer().getPort());
		HookCallAudit audit = service.getBean(HookCallAudit.class);
		List<String> answered = new ArrayList<>();

		long slowestUp = 0;
		for (int i = 0; i < 20; i++) {
			slowestUp = Math.max(slowestUp, call(http, answered));
		}
		assertThat(audit.awaitWritten(Duration.ofSeconds(10))).isTrue();

		long slowestLocked = 0;
		HttpResponse<String> feedback;
		long feedbackMillis;
		try (Connection locker = DriverManager.getConnection(url, "sa", "");
				Statement statement = locker.createStatement()) {
			statement.execute("SET EXCLUSIVE 1");
			for (int i = 0; i < 20; i++) {
				slowestLocked = Math.max(slowestLocked, call(http, answered));
			}
			long started = System.nanoTime();
			feedback = http.post("/cds-services/lumbar-imaging-order-select/feedback",
					body(overridden(UUID.randomUUID().toString(), "other", null, "2026-11-20T12:00:00Z")));
			feedbackMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			statement.execute("SET EXCLUSIVE 0");
		}
		System.out.printf("LOCKED-FIGURES slowest call: %d ms unlocked, %d ms locked; feedback %d in %d ms%n",
				slowestUp, slowestLocked, feedback.statusCode(), feedbackMillis);

		assertThat(Duration.ofMillis(slowestLocked)).as("slowest hook call while locked")
			.isLessThan(Duration.ofMillis(slowestUp).plus(BOUND));
		assertThat(feedback.statusCode()).as(feedback.body()).isIn(200, 503);
		assertThat(Duration.ofMillis(feedbackMillis)).as("feedback while locked").isLessThan(BOUND);

		assertThat(audit.awaitWritten(Duration.ofSeconds(30))).as("the queue written after the lock").isTrue();
		Map<String, Long> rows = new HashMap<>();
		service.getBean(JdbcClient.class)
			.sql("select hook_instance, count(*) from hook_call group by hook_instance")
			.query(rs -> {
				rows.put(rs.getString(1), rs.getLong(2));
			});
		assertThat(rows.keySet()).as("an audit row for every answered call")
			.containsExactlyInAnyOrderElementsOf(answered);
		assertThat(rows.values()).as("each exactly once").containsOnly(1L);
	}

	/** One hook call that must be answered with its card; returns how long it took. */
	private static long call(Http http, List<String> answered) {
		var request = Http.example(StoreScenarios.WARNING_SCENARIO, "order-select");
		String hookInstance = UUID.randomUUID().toString();
		request.put("hookInstance", hookInstance);
		long started = System.nanoTime();
		var cards = http.hook("order-select", request).get("cards");
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		assertThat(cards).as("cards of %s", hookInstance).hasSize(1);
		answered.add(hookInstance);
		return millis;
	}

}

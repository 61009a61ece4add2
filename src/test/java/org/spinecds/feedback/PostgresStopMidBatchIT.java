package org.spinecds.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL stopped at a known moment: while the audit writer is inside a batch's
 * transaction, its calls' rows inserted and their cards not yet. A trigger holds the
 * first card insert (once: a sequence, which no rollback resets, lets only the first
 * statement wait); the test stops the server as soon as that statement is seen waiting.
 * The half-written batch is rolled back, retried when the server is back, and every
 * answered call (before, in and after the outage) is stored exactly once, in the order
 * the calls were answered.
 */
class PostgresStopMidBatchIT {

	@TempDir
	Path data;

	private RestartablePostgres postgres;

	private ConfigurableApplicationContext service;

	@AfterEach
	void stop() {
		if (service != null) {
			service.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void aBatchCutOffMidTransactionIsWrittenOnceWhenTheDatabaseReturns() throws Exception {
		postgres = new RestartablePostgres(data.resolve("pg"));
		service = postgres.startService("mid-batch-test");
		Http http = new Http(((WebServerApplicationContext) service).getWebServer().getPort());
		HookCallAudit audit = service.getBean(HookCallAudit.class);
		JdbcClient jdbc = service.getBean(JdbcClient.class);
		assertThat(audit.awaitWritten(Duration.ofSeconds(30))).as("the warm-up's audit, if any").isTrue();
		holdTheFirstCardInsert(jdbc);

		List<String> answered = new ArrayList<>();
		answered.add(call(http));
		String held = awaitHeldStatement();
		assertThat(held).as("the writer is inside the batch: calls inserted, cards not yet")
			.startsWith("insert into hook_card");
		assertThat(audit.awaitWritten(Duration.ofMillis(200))).as("the batch is not committed").isFalse();
		for (int i = 0; i < 5; i++) {
			answered.add(call(http));
		}

		postgres.stop();
		for (int i = 0; i < 5; i++) {
			answered.add(call(http));
		}
		postgres.start();
		for (int i = 0; i < 5; i++) {
			answered.add(call(http));
		}
		assertThat(audit.awaitWritten(Duration.ofSeconds(30))).as("the queue written after the restart").isTrue();

		List<String> stored = jdbc.sql("select hook_instance from hook_call order by id").query(String.class).list();
		assertThat(stored).as("every answered call exactly once, in the order answered")
			.containsExactlyElementsOf(answered);
		assertThat(jdbc.sql("select count(*) from hook_card").query(Long.class).single())
			.as("one card per call, none twice")
			.isEqualTo(answered.size());
		assertThat(jdbc.sql("select count(distinct card_uuid) from hook_card").query(Long.class).single())
			.isEqualTo(answered.size());
		assertThat(jdbc.sql("select count(*) from rated_order").query(Long.class).single())
			.as("one rated order per call")
			.isEqualTo(answered.size());
	}

	/**
	 * Statement-level, before the first card row: only the statement that draws 1 from
	 * the sequence waits (two minutes, far longer than the test needs to stop the
	 * server).
	 */
	private static void holdTheFirstCardInsert(JdbcClient jdbc) {
		jdbc.sql("create sequence test_hold_once").update();
		jdbc.sql("""
				create function test_hold_first_card_insert() returns trigger language plpgsql as $$
				begin
					if nextval('test_hold_once') = 1 then
						perform pg_sleep(120);
					end if;
					return null;
				end $$""").update();
		jdbc.sql("""
				create trigger test_hold_first_card_insert before insert on hook_card
				for each statement execute function test_hold_first_card_insert()""").update();
	}

	/** The query text of the statement held by the trigger, once it waits in pg_sleep. */
	private String awaitHeldStatement() throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "")) {
			while (System.nanoTime() < deadline) {
				try (var statement = connection.prepareStatement(
						"select query from pg_stat_activity where wait_event = 'PgSleep' and state = 'active'");
						var rows = statement.executeQuery()) {
					if (rows.next()) {
						return rows.getString(1).strip();
					}
				}
				Thread.sleep(20);
			}
		}
		throw new AssertionError("No audit batch reached the held card insert within 30 s");
	}

	private static String call(Http http) {
		ObjectNode request = Http.example(StoreScenarios.WARNING_SCENARIO, "order-select");
		String hookInstance = UUID.randomUUID().toString();
		request.put("hookInstance", hookInstance);
		HttpResponse<String> response = http.post("/cds-services/lumbar-imaging-order-select", request.toString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(Http.read(response.body()).get("cards")).as(response.body()).hasSize(1);
		return hookInstance;
	}

}

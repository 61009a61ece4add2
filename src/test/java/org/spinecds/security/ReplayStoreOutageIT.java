package org.spinecds.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service on a real PostgreSQL server that is stopped while calls go on and then
 * started again, once per {@code cds.security.replay.on-store-failure} setting. The calls
 * are discovery calls: they need a JWT, and nothing but replay protection touches the
 * database. The pool waits 250 ms for a connection, as configured for production.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReplayStoreOutageIT {

	static final String PUBLIC_BASE = "https://cds.test.example";
	static final String ISSUER = "https://ehr.test.example";
	static final String DISCOVERY = "/cds-services";
	static final ECKey KEY = TestKeys.es384("ehr-1");
	static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	/**
	 * Far below the 30 s a call waited before, and loose enough for a busy test machine.
	 */
	static final Duration BOUND = Duration.ofSeconds(2);

	@TempDir
	static Path keys;

	@TempDir
	static Path data;

	static RestartablePostgres database;

	@BeforeAll
	static void startDatabase() {
		database = RestartablePostgres.start(data.resolve("pgdata"));
	}

	@AfterAll
	static void stopDatabase() {
		database.close();
	}

	@Test
	void degradeLocallyAnswersDuringTheOutageAndWritesTheTokensBack(CapturedOutput output) {
		try (ConfigurableApplicationContext service = start("degrade-locally")) {
			CdsHttp http = http(service);
			assertThat(discovery(http, token("before")).statusCode()).isEqualTo(200);
			awaitStoreReachable(service);
			int logBefore = output.getAll().length();

			database.stop();
			Instant expires = Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
			String during = TestTokens.token(ISSUER, PUBLIC_BASE + DISCOVERY).expiresAt(expires).signedWith(KEY);
			assertThat(timed(() -> discovery(http, during))).as("the outage's first call").isEqualTo(200);
			assertThat(timed(() -> discovery(http, during))).as("replayed to the same replica").isEqualTo(401);
			for (int call = 0; call < 5; call++) {
				assertThat(timed(() -> discovery(http, token("during-" + UUID.randomUUID())))).isEqualTo(200);
			}
			assertThat(degraded(service)).isOne();

			database.restart();
			awaitStoreReachable(service);

			assertThat(keepUntil(jti(during))).as("written back with its expiry").isEqualTo(expires.plus(CLOCK_SKEW));
			assertThat(discovery(http, during).statusCode()).as("replayed after the outage").isEqualTo(401);
			assertThat(discovery(http, token("after")).statusCode()).isEqualTo(200);

			String log = output.getAll().substring(logBefore);
			assertThat(occurrences(log, "Replay store unreachable (")).isOne();
			assertThat(occurrences(log, "Replay store reachable again")).isOne();
			assertThat(log).contains("6 tokens accepted on this replica's memory alone, 6 written back to the store");
			assertThat(occurrences(log, "jti was used before (replay)")).as("only the two real replays").isEqualTo(2);
		}
	}

	@Test
	void refuseAnswers503WithRetryAfterDuringTheOutage(CapturedOutput output) {
		try (ConfigurableApplicationContext service = start("refuse")) {
			CdsHttp http = http(service);
			String during = token("refused");
			assertThat(discovery(http, token("before")).statusCode()).isEqualTo(200);
			awaitStoreReachable(service);
			int logBefore = output.getAll().length();

			database.stop();
			for (int call = 0; call < 3; call++) {
				long started = System.nanoTime();
				HttpResponse<String> refused = discovery(http, during);
				assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND);
				assertThat(refused.statusCode()).isEqualTo(503);
				assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
				assertThat(refused.body()).contains("\"resourceType\":\"OperationOutcome\"")
					.contains("\"code\":\"transient\"")
					.contains("retry after 1 s");
			}
			assertThat(service.getBean(MeterRegistry.class)
				.get("cds.client.rejected")
				.tag("reason", CdsClientAuthenticationFilter.REPLAY_STORE_UNAVAILABLE)
				.counter()
				.count()).isEqualTo(3);

			database.restart();
			awaitStoreReachable(service);

			assertThat(discovery(http, during).statusCode()).as("the refused token was never recorded").isEqualTo(200);
			assertThat(discovery(http, during).statusCode()).isEqualTo(401);

			String log = output.getAll().substring(logBefore);
			assertThat(occurrences(log, "Replay store unreachable (")).isOne();
			assertThat(occurrences(log, "Replay store reachable again")).isOne();
			assertThat(occurrences(log, "jti was used before (replay)")).as("only the real replay").isOne();
		}
	}

	static ConfigurableApplicationContext start(String onStoreFailure) {
		Path jwks = TestKeys.writePublicJwks(keys.resolve("ehr-jwks.json"), KEY);
		return new SpringApplicationBuilder(SpineImagingCdsApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--spring.datasource.hikari.connection-timeout=250",
				"--cds.security.public-base-url=" + PUBLIC_BASE, "--cds.security.trusted-clients[0].issuer=" + ISSUER,
				"--cds.security.trusted-clients[0].jwks-uri=" + jwks.toUri(),
				"--cds.security.clock-skew=" + CLOCK_SKEW.toSeconds() + "s",
				"--cds.security.replay.on-store-failure=" + onStoreFailure,
				"--cds.security.replay.retry-interval=200ms",
				// Above the default, so a busy test machine does not start an outage
				// before the database stops.
				"--cds.security.replay.store-timeout=1s");
	}

	static CdsHttp http(ConfigurableApplicationContext service) {
		return new CdsHttp(((WebServerApplicationContext) service).getWebServer().getPort());
	}

	static String token(String label) {
		return TestTokens.token(ISSUER, PUBLIC_BASE + DISCOVERY).jti(label + "-" + UUID.randomUUID()).signedWith(KEY);
	}

	static HttpResponse<String> discovery(CdsHttp http, String token) {
		return http.get(DISCOVERY, token);
	}

	/** The call's status; it must come within the bound. */
	static int timed(java.util.function.Supplier<HttpResponse<String>> call) {
		long started = System.nanoTime();
		int status = call.get().statusCode();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered within the bound").isLessThan(BOUND);
		return status;
	}

	static double degraded(ConfigurableApplicationContext service) {
		return service.getBean(MeterRegistry.class).get("cds.replay.store.degraded").gauge().value();
	}

	static void awaitStoreReachable(ConfigurableApplicationContext service) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (degraded(service) != 0) {
			assertThat(System.nanoTime()).as("the store is found again after its restart").isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	static String jti(String token) {
		try {
			return com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getJWTID();
		}
		catch (java.text.ParseException e) {
			throw new IllegalStateException(e);
		}
	}

	static Instant keepUntil(String jti) {
		JdbcClient jdbc = JdbcClient.create(
				new org.springframework.jdbc.datasource.DriverManagerDataSource(database.jdbcUrl(), "postgres", ""));
		return jdbc.sql("select keep_until from used_jwt where jti = :jti")
			.param("jti", jti)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	static int occurrences(String log, String text) {
		return log.split(Pattern.quote(text), -1).length - 1;
	}

}

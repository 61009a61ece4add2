package org.spinecds.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinecds.testing.MutableClock;
import org.spinecds.feedback.StatementTimeouts;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The shared replay cache on each database the service supports (see the subclasses),
 * migrated by the real Flyway scripts: one use per issuer and jti, expiry, purge,
 * over-long values, and many racers on one token.
 */
abstract class DatabaseReplayCacheScenarios {

	static final String ISSUER = "https://ehr.test.example";

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:00:00Z"));

	JdbcClient jdbc;

	DatabaseReplayCache cache;

	abstract String jdbcUrl();

	abstract String username();

	@BeforeEach
	void emptyCache() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(jdbcUrl(), username(), "");
		Flyway.configure().dataSource(dataSource).load().migrate();
		jdbc = JdbcClient.create(dataSource);
		jdbc.sql("delete from used_jwt").update();
		cache = new DatabaseReplayCache(new StatementTimeouts(jdbcUrl()), dataSource, Duration.ofMillis(250), clock);
	}

	@Test
	void aJtiIsAcceptedOncePerIssuer() {
		Instant keepUntil = clock.instant().plus(Duration.ofMinutes(6));

		assertThat(cache.firstUse(ISSUER, "jti-1", keepUntil)).isTrue();
		assertThat(cache.firstUse(ISSUER, "jti-1", keepUntil)).isFalse();
		assertThat(cache.firstUse("https://other.test.example", "jti-1", keepUntil)).as("another issuer's jti")
			.isTrue();
	}

	@Test
	void aJtiWhoseTokenExpiredCountsAsNewEvenBeforeThePurge() {
		cache.firstUse(ISSUER, "jti-1", clock.instant().plus(Duration.ofMinutes(6)));

		clock.advance(Duration.ofMinutes(6));

		assertThat(cache.firstUse(ISSUER, "jti-1", clock.instant().plus(Duration.ofMinutes(6)))).isTrue();
		assertThat(cache.firstUse(ISSUER, "jti-1", clock.instant().plus(Duration.ofMinutes(6)))).isFalse();
	}

	@Test
	void thePurgeDeletesExpiredRowsOnly() {
		cache.firstUse(ISSUER, "short", clock.instant().plus(Duration.ofMinutes(1)));
		cache.firstUse(ISSUER, "long", clock.instant().plus(Duration.ofMinutes(10)));

		clock.advance(Duration.ofMinutes(5));

		assertThat(cache.purgeExpired()).isEqualTo(1);
		assertThat(jdbc.sql("select jti from used_jwt").query(String.class).list()).containsExactly("long");
		assertThat(cache.firstUse(ISSUER, "long", clock.instant().plus(Duration.ofMinutes(10)))).isFalse();
	}

	@Test
	void valuesLongerThanTheColumnAreStoredAsTheirDigest() {
		String longJti = "j".repeat(300);
		String otherLongJti = "j".repeat(299) + "k";
		Instant keepUntil = clock.instant().plus(Duration.ofMinutes(6));

		assertThat(cache.firstUse(ISSUER, longJti, keepUntil)).isTrue();
		assertThat(cache.firstUse(ISSUER, longJti, keepUntil)).isFalse();
		assertThat(cache.firstUse(ISSUER, otherLongJti, keepUntil)).isTrue();
		assertThat(jdbc.sql("select jti from used_jwt").query(String.class).list())
			.allSatisfy(stored -> assertThat(stored).startsWith("sha256:").hasSize(71));
	}

	@Test
	void manyRacersOnOneTokenWinOnce() throws Exception {
		Instant keepUntil = clock.instant().plus(Duration.ofMinutes(6));
		ExecutorService racers = Executors.newFixedThreadPool(8);
		try {
			race(racers, keepUntil);
		}
		finally {
			racers.shutdownNow();
		}
	}

	private void race(ExecutorService pool, Instant keepUntil) throws Exception {
		for (int token = 0; token < 10; token++) {
			String jti = "raced-" + token;
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> racers = new ArrayList<>();
			for (int racer = 0; racer < 8; racer++) {
				racers.add(pool.submit(() -> {
					start.await();
					return cache.firstUse(ISSUER, jti, keepUntil);
				}));
			}
			start.countDown();
			List<Boolean> outcomes = new ArrayList<>();
			for (Future<Boolean> racer : racers) {
				outcomes.add(racer.get());
			}
			assertThat(outcomes).as(jti).containsOnlyOnce(true);
		}
	}

	@Test
	void aStoreThatCannotBeReachedSaysSoInsteadOfAnsweringReplay() {
		String url = "jdbc:h2:mem:without-the-used-jwt-table";
		DatabaseReplayCache unreachable = new DatabaseReplayCache(new StatementTimeouts(url),
				new DriverManagerDataSource(url, "sa", ""), Duration.ofMillis(250), clock);

		assertThatThrownBy(() -> unreachable.firstUse(ISSUER, "jti-1", clock.instant().plus(Duration.ofMinutes(6))))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(unreachable::checkReachable).isInstanceOf(DataAccessException.class);
		cache.checkReachable();
	}

}

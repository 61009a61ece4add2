package org.spinecds.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When the alert-fatigue check asks the database. Which cards it holds back is tested
 * against both databases in {@link StoreScenarios}.
 */
class AlertFatigueTest {

	private final AtomicInteger connections = new AtomicInteger();

	private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

	private final DatabaseAvailability availability = new DatabaseAvailability(Duration.ofSeconds(2), metrics);

	private final RequestPathDatabase database = new RequestPathDatabase(Duration.ofSeconds(1));

	private final AlertFatigue alertFatigue = new AlertFatigue(JdbcClient.create(countingUnreachableDatabase()),
			IdHasher.withSalt("salt"), Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC),
			new AlertFatigueProperties(Duration.ofHours(24)), availability, database, new AuditWriter(batch -> {
			}, availability, new AuditWriterProperties(10, 10, Duration.ofMillis(10), Duration.ofSeconds(1),
					Duration.ofSeconds(1), Duration.ofSeconds(1)), metrics));

	@AfterEach
	void stopWorkers() {
		database.close();
	}

	@Test
	void aCallWithoutACardThatCouldBeHeldBackDoesNotAskTheDatabase() {
		IssuedCard critical = new IssuedCard("c-1", List.of(), "type", "critical", "system|code");
		IssuedCard noStudy = new IssuedCard("c-2", List.of(), "type", "warning", null);

		assertThat(alertFatigue.recentlyOverridden("patient", "user", List.of())).isEmpty();
		assertThat(alertFatigue.recentlyOverridden("patient", "user", List.of(critical, noStudy))).isEmpty();
		assertThat(
				alertFatigue.alreadyShownElsewhere("order-sign", "patient", "user", List.of(critical), Set.of("type")))
			.isEmpty();
		assertThat(alertFatigue.alreadyShownElsewhere("order-sign", "patient", "user",
				List.of(new IssuedCard("c-3", List.of(), "loud", "info", "system|code")), Set.of("quiet")))
			.isEmpty();
		assertThat(connections).hasValue(0);
		assertThat(availability.isDown()).isFalse();
	}

	@Test
	void aCardThatCouldBeHeldBackAsksAndAFailureShowsIt() {
		IssuedCard warning = new IssuedCard("c-1", List.of(), "type", "warning", "system|code");

		assertThat(alertFatigue.recentlyOverridden("patient", "user", List.of(warning))).as("fails open").isEmpty();
		assertThat(connections).hasValue(1);
		assertThat(availability.isDown()).isTrue();
	}

	private DataSource countingUnreachableDatabase() {
		return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
				(proxy, method, args) -> {
					if (method.getName().equals("getConnection")) {
						connections.incrementAndGet();
						throw new java.sql.SQLTransientConnectionException("unreachable");
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

}

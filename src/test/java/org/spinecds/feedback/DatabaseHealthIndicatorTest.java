package org.spinecds.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class DatabaseHealthIndicatorTest {

	private final RequestPathDatabase database = new RequestPathDatabase(Duration.ofMillis(300));

	private final DatabaseAvailability availability = new DatabaseAvailability(Duration.ofSeconds(2),
			new SimpleMeterRegistry());

	@AfterEach
	void stopWorkers() {
		database.close();
	}

	@Test
	void aDatabaseThatAnswersIsUpWithItsName() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:health-up");

		Health health = new DatabaseHealthIndicator(h2, database, availability).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("database", "H2").containsEntry("outage", false);
	}

	@Test
	void aDatabaseThatNeverAnswersIsDownWithinTheRequestBound() {
		DataSource hanging = dataSource(() -> {
			Thread.sleep(10_000);
			return null;
		});
		long started = System.nanoTime();

		Health health = new DatabaseHealthIndicator(hanging, database, availability).health();

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat((String) health.getDetails().get("error")).contains("no answer from the database within 300 ms");
	}

	@Test
	void aConnectionThatIsNotValidIsDown() {
		Connection invalid = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> switch (method.getName()) {
					case "isValid" -> false;
					case "close" -> null;
					default -> throw new UnsupportedOperationException(method.getName());
				});

		Health health = new DatabaseHealthIndicator(dataSource(() -> invalid), database, availability).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat((String) health.getDetails().get("error")).contains("did not answer within 1 s");
	}

	@Test
	void anOutageSeenByHookCallsIsShown() {
		availability.failed(new IllegalStateException("gone"));
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:health-outage");

		assertThat(new DatabaseHealthIndicator(h2, database, availability).health().getDetails())
			.containsEntry("outage", true);
	}

	interface ConnectionSource {

		Connection get() throws Exception;

	}

	private static DataSource dataSource(ConnectionSource connections) {
		return (DataSource) Proxy.newProxyInstance(DatabaseHealthIndicatorTest.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					if (method.getName().equals("getConnection")) {
						return connections.get();
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

}

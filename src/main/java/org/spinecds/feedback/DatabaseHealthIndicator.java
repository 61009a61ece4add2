package org.spinecds.feedback;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * The {@code db} component of {@code /actuator/health}, in place of Spring Boot's: that
 * one checks a connection with {@code isValid(0)}, which has no time limit, so a database
 * that stops answering without closing the connection held the health endpoint with it.
 * This check runs on the request path's database workers and is waited for at most
 * {@code cds.database.request-timeout}. Not part of the readiness or liveness group.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator extends AbstractHealthIndicator {

	private static final int VALIDATION_SECONDS = 1;

	private final DataSource dataSource;

	private final RequestPathDatabase database;

	private final DatabaseAvailability availability;

	DatabaseHealthIndicator(DataSource dataSource, RequestPathDatabase database, DatabaseAvailability availability) {
		super("Database health check failed");
		this.dataSource = dataSource;
		this.database = database;
		this.availability = availability;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("validationQuery", "isValid(" + VALIDATION_SECONDS + ")")
			.withDetail("outage", availability.isDown());
		try {
			builder.up().withDetail("database", database.call(this::productIfValid));
		}
		catch (DataAccessException e) {
			builder.down().withDetail("error", e.getMessage());
		}
	}

	private String productIfValid() {
		try (Connection connection = dataSource.getConnection()) {
			if (!connection.isValid(VALIDATION_SECONDS)) {
				throw new DataAccessResourceFailureException(
						"the connection did not answer within " + VALIDATION_SECONDS + " s");
			}
			return connection.getMetaData().getDatabaseProductName();
		}
		catch (SQLException e) {
			throw new DataAccessResourceFailureException(e.getMessage(), e);
		}
	}

}

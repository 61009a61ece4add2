package org.spinecds.feedback;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The JDBC statement timeout of each use of the database (the request path, the audit
 * writer, the replay store), except on H2. H2 runs {@code SET QUERY_TIMEOUT} for every
 * statement given a timeout, and every SET makes the parsed statements of all its
 * sessions stale: each statement was parsed and planned again (JFR under load: about 8 %
 * of the service's CPU). On H2 the waits stay bounded by the callers
 * ({@code cds.database.request-timeout}, {@code cds.security.replay.store-timeout}), and
 * H2 ends lock waits itself.
 */
public final class StatementTimeouts {

	private final boolean perStatement;

	public StatementTimeouts(String jdbcUrl) {
		this.perStatement = DatabaseDriver.fromJdbcUrl(jdbcUrl) != DatabaseDriver.H2;
	}

	public boolean perStatement() {
		return perStatement;
	}

	/**
	 * A template whose statements time out after {@code timeout}, rounded up to whole
	 * seconds as JDBC counts them; none where the database makes them costly, or when
	 * {@code timeout} is null.
	 */
	public JdbcTemplate template(DataSource dataSource, Duration timeout) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		if (perStatement && timeout != null) {
			long roundedUp = timeout.plusNanos(999_999_999).toSeconds();
			jdbc.setQueryTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, roundedUp)));
		}
		return jdbc;
	}

}

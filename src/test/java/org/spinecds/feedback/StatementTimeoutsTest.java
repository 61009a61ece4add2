package org.spinecds.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class StatementTimeoutsTest {

	private static final String POSTGRES = "jdbc:postgresql://db.example.org:5432/spinecds";

	private static final String H2 = "jdbc:h2:mem:statement-timeouts";

	/** Never connected to: a template only keeps it. */
	private static final DataSource UNUSED = new DriverManagerDataSource(POSTGRES);

	@Test
	void elsewhereEveryStatementGetsTheTimeoutInWholeSecondsRoundedUp() {
		StatementTimeouts timeouts = new StatementTimeouts(POSTGRES);

		assertThat(timeouts.perStatement()).isTrue();
		assertThat(timeouts.template(UNUSED, Duration.ofMillis(250)).getQueryTimeout()).isEqualTo(1);
		assertThat(timeouts.template(UNUSED, Duration.ofMillis(1500)).getQueryTimeout()).isEqualTo(2);
		assertThat(timeouts.template(UNUSED, Duration.ofSeconds(30)).getQueryTimeout()).isEqualTo(30);
		assertThat(timeouts.template(UNUSED, null).getQueryTimeout()).as("no timeout configured").isEqualTo(-1);
	}

	@Test
	void onH2StatementsGetNone() {
		StatementTimeouts timeouts = new StatementTimeouts("jdbc:h2:file:./data/spine-imaging-cds;AUTO_SERVER=FALSE");

		assertThat(timeouts.perStatement()).isFalse();
		assertThat(timeouts.template(UNUSED, Duration.ofSeconds(1)).getQueryTimeout()).isEqualTo(-1);
	}

	/**
	 * Why: on H2 a statement timeout is a SET, and every SET makes the parsed statements
	 * of every session stale. Should H2 stop doing that, this test says so.
	 */
	@Test
	void onH2AStatementTimeoutWouldMakeEverySessionParseItsStatementsAgain() throws Exception {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(H2, "sa", "", true);
		try (Connection connection = dataSource.getConnection()) {
			SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
			JdbcTemplate withTimeout = new JdbcTemplate(dataSource);
			withTimeout.setQueryTimeout(1);
			JdbcTemplate asOnH2 = new StatementTimeouts(H2).template(dataSource, Duration.ofSeconds(1));

			long before = session.getDatabase().getModificationMetaId();
			asOnH2.queryForObject("select 1", Integer.class);
			long afterOurs = session.getDatabase().getModificationMetaId();
			withTimeout.queryForObject("select 1", Integer.class);
			long afterTimeout = session.getDatabase().getModificationMetaId();

			assertThat(afterOurs).as("parsed statements still valid").isEqualTo(before);
			assertThat(afterTimeout).as("a statement timeout made them stale").isGreaterThan(afterOurs);
		}
		finally {
			dataSource.destroy();
		}
	}

}

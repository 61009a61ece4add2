package org.spinecds.feedback;

import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Start-up fails, within {@code spring.datasource.hikari.initialization-fail-timeout},
 * when the database does not answer: the migrations must run before the first call is
 * audited. This says which database, without its password, instead of a driver's stack
 * trace.
 */
class DatabaseUnreachableAtStartFailureAnalyzer implements FailureAnalyzer {

	private final Environment environment;

	DatabaseUnreachableAtStartFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		Throwable cause = unreachable(failure);
		if (cause == null) {
			return null;
		}
		String url = withoutPassword(environment.getProperty("spring.datasource.url", "(not set)"));
		String user = environment.getProperty("spring.datasource.username", "");
		return new FailureAnalysis(
				"The database at " + url + " (user '" + user + "') did not answer within "
						+ environment.getProperty("spring.datasource.hikari.initialization-fail-timeout", "?")
						+ " ms (spring.datasource.hikari.initialization-fail-timeout): " + cause.getMessage(),
				"Start the database, or correct spring.datasource.url (SPRING_DATASOURCE_URL), username and"
						+ " password. The service needs it at start-up to apply its migrations; once started, it"
						+ " answers hook calls through database outages (docs/resilience.md).",
				failure);
	}

	private static Throwable unreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof PoolInitializationException
					|| cause instanceof SQLException sql && sql.getSQLState() != null
							&& sql.getSQLState().startsWith("08")) {
				return rootOf(cause);
			}
		}
		return null;
	}

	private static Throwable rootOf(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	/**
	 * A password may sit in the URL itself ({@code ?password=...},
	 * {@code ;PASSWORD=...}).
	 */
	static String withoutPassword(String url) {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}

}

package org.spinecds.feedback;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * One real PostgreSQL server (14, from the zonky binaries artifact) for the whole test
 * run, started on first use and stopped by its shutdown hook when the JVM ends.
 */
public final class EmbeddedPostgresServer {

	private static final Map<String, String> DATABASES = new HashMap<>();

	private static EmbeddedPostgres server;

	private EmbeddedPostgresServer() {
	}

	public static synchronized EmbeddedPostgres get() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
			}
		}
		return server;
	}

	/**
	 * The JDBC URL of a database of its own for each name, created empty on first use.
	 */
	public static synchronized String database(String name) {
		if (DATABASES.containsKey(name)) {
			return DATABASES.get(name);
		}
		try (var connection = get().getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException("Cannot create database " + name, e);
		}
		DATABASES.put(name, get().getJdbcUrl("postgres", name));
		return DATABASES.get(name);
	}

}

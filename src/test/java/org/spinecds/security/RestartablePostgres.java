package org.spinecds.security;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A PostgreSQL server of its own (not the run's shared one) that a test stops and starts
 * again, as an operator's {@code pg_ctl stop -m fast}: same port, same data.
 */
final class RestartablePostgres implements AutoCloseable {

	private final Path dataDirectory;

	private EmbeddedPostgres server;

	private int port;

	private RestartablePostgres(Path dataDirectory) {
		this.dataDirectory = dataDirectory;
	}

	static RestartablePostgres start(Path dataDirectory) {
		RestartablePostgres postgres = new RestartablePostgres(dataDirectory);
		postgres.server = postgres.launch(EmbeddedPostgres.builder());
		postgres.port = postgres.server.getPort();
		return postgres;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	void stop() {
		try {
			server.close();
			server = null;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void restart() {
		server = launch(EmbeddedPostgres.builder().setPort(port));
	}

	@Override
	public void close() {
		if (server != null) {
			stop();
		}
	}

	private EmbeddedPostgres launch(EmbeddedPostgres.Builder builder) {
		try {
			return builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
		}
	}

}

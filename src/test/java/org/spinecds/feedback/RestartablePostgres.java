package org.spinecds.feedback;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A PostgreSQL server of its own that a test can stop (as {@code pg_ctl stop -m fast}
 * does) and start again on the same port and data, like an operator restarting the
 * database under the service.
 */
final class RestartablePostgres implements AutoCloseable {

	private final Path dataDirectory;

	private final int port;

	private EmbeddedPostgres server;

	RestartablePostgres(Path dataDirectory) {
		this.dataDirectory = dataDirectory;
		this.port = freePort();
		start();
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	synchronized void start() {
		try {
			server = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(port)
				.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
		}
	}

	/** Stops the server (fast mode: open connections are cut); the data stays. */
	synchronized void stop() {
		try {
			server.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Embedded PostgreSQL did not stop", e);
		}
	}

	@Override
	public void close() {
		stop();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

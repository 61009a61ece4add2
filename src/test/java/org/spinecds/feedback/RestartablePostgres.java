package org.spinecds.feedback;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.spinecds.SpineImagingCdsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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

	/**
	 * The service on this server, with the settings the outage tests share: a probe every
	 * second and the audit writer's backoff capped at 500 ms, so recovery is quick.
	 */
	ConfigurableApplicationContext startService(String idHashSalt) {
		return new SpringApplicationBuilder(SpineImagingCdsApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + jdbcUrl(), "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--cds.audit.id-hash-salt=" + idHashSalt,
				"--cds.database.probe-interval=1s", "--cds.audit.writer.max-backoff=500ms");
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

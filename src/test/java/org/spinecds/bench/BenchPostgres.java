package org.spinecds.bench;

import java.io.IOException;
import org.spinecds.feedback.EmbeddedPostgresServer;

/**
 * A PostgreSQL server for the load benchmark's {@code --database=postgresql} (the
 * production store): prints the JDBC URL of an empty database, then runs until its
 * standard input closes, and stops the server on the way out.
 */
public final class BenchPostgres {

	private BenchPostgres() {
	}

	public static void main(String[] args) throws IOException {
		System.out.println(EmbeddedPostgresServer.database("bench_" + ProcessHandle.current().pid()));
		System.out.flush();
		while (System.in.read() != -1) {
			// wait for the benchmark to close the pipe
		}
		System.exit(0);
	}

}

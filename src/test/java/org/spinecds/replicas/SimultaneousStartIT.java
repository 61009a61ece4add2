package org.spinecds.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.spinecds.feedback.EmbeddedPostgresServer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Replicas of a new deployment start at the same moment on an empty database. Each runs
 * Flyway at start; PostgreSQL's lock makes one of them create the schema and the others
 * find it done.
 */
class SimultaneousStartIT {

	@Test
	void replicasMigratingAnEmptyDatabaseAtOnceCreateTheSchemaOnce() throws Exception {
		String url = EmbeddedPostgresServer.database("simultaneous_start");
		int replicas = 3;
		ExecutorService starts = Executors.newFixedThreadPool(replicas);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<MigrateResult>> migrations = new ArrayList<>();
			for (int i = 0; i < replicas; i++) {
				migrations.add(starts.submit(() -> {
					go.await();
					return Flyway.configure().dataSource(url, "postgres", "").load().migrate();
				}));
			}
			go.countDown();
			int applied = 0;
			for (Future<MigrateResult> migration : migrations) {
				MigrateResult result = migration.get();
				assertThat(result.success).isTrue();
				applied += result.migrationsExecuted;
			}

			JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "postgres", ""));
			long scripts = jdbc.sql("select count(*) from flyway_schema_history where success")
				.query(Long.class)
				.single();
			assertThat(applied).as("each script ran on one replica only").isEqualTo(scripts);
			assertThat(scripts).isGreaterThanOrEqualTo(2);
		}
		finally {
			starts.shutdownNow();
		}
	}

}

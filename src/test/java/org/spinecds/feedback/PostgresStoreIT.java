package org.spinecds.feedback;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The store scenarios on a real PostgreSQL server: the same Flyway migrations and SQL as
 * on H2.
 */
class PostgresStoreIT extends StoreScenarios {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry properties) {
		properties.add("spring.datasource.url", () -> EmbeddedPostgresServer.database("store_scenarios"));
		properties.add("spring.datasource.username", () -> "postgres");
		properties.add("spring.datasource.password", () -> "");
	}

}

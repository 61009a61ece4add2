package org.spinecds.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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

	/**
	 * PostgreSQL indexes no foreign key by itself: deleting a referenced row (the
	 * retention job) then scans the whole referring table for each row deleted.
	 */
	@Test
	void everyForeignKeyLeadsAnIndex() {
		assertThat(jdbc.sql("""
				select c.conrelid::regclass::text || '.' || a.attname
				from pg_constraint c
				join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
				where c.contype = 'f' and not exists (
					select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])""")
			.query(String.class)
			.list()).as("foreign key columns without an index").isEmpty();
		assertThat(jdbc.sql("select count(*) from pg_constraint where contype = 'f'").query(Long.class).single())
			.as("foreign keys checked")
			.isGreaterThanOrEqualTo(2);
	}

}

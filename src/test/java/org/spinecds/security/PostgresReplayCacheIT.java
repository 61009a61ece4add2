package org.spinecds.security;

import org.spinecds.feedback.EmbeddedPostgresServer;

/**
 * The shared replay cache on a real PostgreSQL server, as the replicas of a deployment
 * use it.
 */
class PostgresReplayCacheIT extends DatabaseReplayCacheScenarios {

	@Override
	String jdbcUrl() {
		return EmbeddedPostgresServer.database("replay_cache");
	}

	@Override
	String username() {
		return "postgres";
	}

}

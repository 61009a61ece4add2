package org.spinecds.security;

import java.util.UUID;

/** The shared replay cache on H2, the single-instance default. */
class H2ReplayCacheTest extends DatabaseReplayCacheScenarios {

	private final String url = "jdbc:h2:mem:replay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@Override
	String jdbcUrl() {
		return url;
	}

	@Override
	String username() {
		return "sa";
	}

}

package org.spinecds.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.spinecds.feedback.StatementTimeouts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Replay protection: the {@code jti}s in the database, so a token accepted by one replica
 * is refused by every other, and what happens while the database cannot be reached.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReplayProperties.class)
class ReplayCacheConfig {

	@Bean
	DatabaseReplayCache databaseReplayCache(StatementTimeouts timeouts, DataSource dataSource,
			ReplayProperties properties, Clock clock) {
		return new DatabaseReplayCache(timeouts, dataSource, properties.storeTimeout(), clock);
	}

	@Bean
	DegradingReplayCache replayCache(DatabaseReplayCache store, ReplayProperties properties, Clock clock,
			MeterRegistry metrics) {
		return new DegradingReplayCache(store, properties, clock, metrics);
	}

}

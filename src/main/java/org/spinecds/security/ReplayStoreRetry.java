package org.spinecds.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Every {@code cds.security.replay.retry-interval}, off the request path: during an
 * outage of the shared {@code jti} store, tries it again and writes back what was
 * accepted meanwhile; otherwise does nothing.
 */
@Configuration(proxyBeanMethods = false)
class ReplayStoreRetry implements SchedulingConfigurer {

	private final DegradingReplayCache replayCache;

	private final ReplayProperties properties;

	ReplayStoreRetry(DegradingReplayCache replayCache, ReplayProperties properties) {
		this.replayCache = replayCache;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(replayCache::retryStore, properties.retryInterval());
	}

}

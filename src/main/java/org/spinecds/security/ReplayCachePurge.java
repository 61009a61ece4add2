package org.spinecds.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Once a minute, off the request path, deletes the replay cache's expired rows. Every
 * replica runs it; the deletes overlap harmlessly. Skipped while the store is known to be
 * unreachable (the outage is logged once, not once a minute).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReplayCachePurge {

	private static final Logger LOG = LoggerFactory.getLogger(ReplayCachePurge.class);

	private final DatabaseReplayCache replayCache;

	private final DegradingReplayCache outageAware;

	ReplayCachePurge(DatabaseReplayCache replayCache, DegradingReplayCache outageAware) {
		this.replayCache = replayCache;
		this.outageAware = outageAware;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
	void purge() {
		if (!outageAware.storeReachable()) {
			return;
		}
		try {
			int purged = replayCache.purgeExpired();
			LOG.debug("Replay cache: {} expired tokens purged", purged);
		}
		catch (DataAccessException e) {
			LOG.warn("Replay cache purge failed, will try again: {}", e.getMessage());
		}
	}

}

package org.spinecds.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared {@code jti} store's outages as the operator sees them: one WARN line when
 * one starts, one INFO line when it ends, and metrics; never a line per call. State
 * changes are made by {@link DegradingReplayCache} under its lock.
 */
final class ReplayStoreOutage {

	private static final Logger LOG = LoggerFactory.getLogger(ReplayStoreOutage.class);

	private final Clock clock;

	private final String meanwhile;

	private final Counter outages;

	private final Counter acceptedLocally;

	private final Counter writtenBack;

	private final Counter alreadyStored;

	private volatile Instant since;

	private long acceptedLocallyThisOutage;

	private long writtenBackThisOutage;

	private long alreadyStoredThisOutage;

	private boolean memoryFullReported;

	ReplayStoreOutage(Clock clock, String meanwhile, MeterRegistry metrics) {
		this.clock = clock;
		this.meanwhile = meanwhile;
		Gauge.builder("cds.replay.store.degraded", this, outage -> outage.active() ? 1 : 0)
			.description("1 while the shared jti store cannot be reached (replay protection degraded)")
			.register(metrics);
		this.outages = Counter.builder("cds.replay.store.outages")
			.description("Outages of the shared jti store seen by this replica")
			.register(metrics);
		this.acceptedLocally = Counter.builder("cds.replay.local.accepted")
			.description("Tokens accepted on this replica's own memory while the jti store was unreachable")
			.register(metrics);
		this.writtenBack = writtenBack("written", metrics);
		this.alreadyStored = writtenBack("already_stored", metrics);
	}

	private static Counter writtenBack(String result, MeterRegistry metrics) {
		return Counter.builder("cds.replay.written.back")
			.description("Tokens accepted during an outage and written to the jti store when it returned; result"
					+ " already_stored: the store had the token already")
			.tag("result", result)
			.register(metrics);
	}

	boolean active() {
		return since != null;
	}

	synchronized void start(String reason) {
		since = clock.instant();
		acceptedLocallyThisOutage = 0;
		writtenBackThisOutage = 0;
		alreadyStoredThisOutage = 0;
		memoryFullReported = false;
		outages.increment();
		LOG.warn("Replay store unreachable ({}): until it returns, {}", reason, meanwhile);
	}

	synchronized void acceptedLocally() {
		acceptedLocallyThisOutage++;
		acceptedLocally.increment();
	}

	synchronized void wroteBack(boolean wasNew) {
		if (wasNew) {
			writtenBackThisOutage++;
			writtenBack.increment();
		}
		else {
			alreadyStoredThisOutage++;
			alreadyStored.increment();
		}
	}

	synchronized void memoryFull(int maxEntries) {
		if (!memoryFullReported) {
			memoryFullReported = true;
			LOG.warn("Replay store still unreachable and this replica's memory of tokens is full ({} live tokens,"
					+ " cds.security.replay.local-max-entries): new tokens get 503 until some expire or the store"
					+ " returns", maxEntries);
		}
	}

	synchronized void end() {
		Duration lasted = Duration.between(since, clock.instant());
		since = null;
		LOG.info(
				"Replay store reachable again after {} s: {} tokens accepted on this replica's memory alone, {} written"
						+ " back to the store, {} already there",
				lasted.toSeconds(), acceptedLocallyThisOutage, writtenBackThisOutage, alreadyStoredThisOutage);
	}

}

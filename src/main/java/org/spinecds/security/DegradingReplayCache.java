package org.spinecds.security;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinecds.security.LocalReplayMemory.Token;
import org.spinecds.security.ReplayProperties.OnStoreFailure;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The {@link ReplayCache} the service uses: the shared store answers, within
 * {@code store-timeout}. When it does not (down, slow, locked, pool exhausted), an outage
 * starts and, until {@link #retryStore()} finds the store again, no call waits for it:
 * with {@code degrade-locally} the token is checked and recorded in this replica's memory
 * (a replay to this replica is still refused) and written to the store when it returns;
 * with {@code refuse} the call gets {@link ReplayStoreUnavailableException} (503).
 */
public class DegradingReplayCache implements ReplayCache, AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(DegradingReplayCache.class);

	/**
	 * Checks in flight at once; more wait in the queue, within the same bound. Each holds
	 * a pooled connection only while its statement runs.
	 */
	private static final int STORE_THREADS = 8;

	private static final int WAITING_CHECKS = 10_000;

	private final SharedReplayStore store;

	private final LocalReplayMemory memory;

	private final ReplayStoreOutage outage;

	private final OnStoreFailure onStoreFailure;

	private final Duration storeTimeout;

	private final Duration retryInterval;

	private final Clock clock;

	private final ThreadPoolExecutor storeCalls;

	public DegradingReplayCache(SharedReplayStore store, ReplayProperties properties, Clock clock,
			MeterRegistry metrics) {
		this.store = store;
		this.memory = new LocalReplayMemory(properties.localMaxEntries());
		this.onStoreFailure = properties.onStoreFailure();
		this.storeTimeout = properties.storeTimeout();
		this.retryInterval = properties.retryInterval();
		this.clock = clock;
		this.outage = new ReplayStoreOutage(clock, meanwhile(properties), metrics);
		Gauge.builder("cds.replay.local.size", memory, LocalReplayMemory::size)
			.description("Tokens this replica remembers by itself (only during a jti store outage)")
			.register(metrics);
		CustomizableThreadFactory threads = new CustomizableThreadFactory("replay-store-");
		threads.setDaemon(true);
		this.storeCalls = new ThreadPoolExecutor(STORE_THREADS, STORE_THREADS, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(WAITING_CHECKS), threads);
		storeCalls.allowCoreThreadTimeOut(true);
	}

	@Override
	public boolean firstUse(String issuer, String jti, Instant keepUntil) {
		if (!outage.active()) {
			try {
				return withinBound(() -> store.firstUse(issuer, jti, keepUntil));
			}
			catch (Unreachable e) {
				startOutage(e.getMessage());
			}
		}
		return withoutTheStore(issuer, jti, keepUntil);
	}

	/**
	 * During an outage: tries the store, writes back what this replica accepted
	 * meanwhile, and ends the outage once all of it is written. Called every
	 * {@code retry-interval}.
	 */
	public void retryStore() {
		if (!outage.active()) {
			return;
		}
		try {
			withinBound(() -> {
				store.checkReachable();
				return null;
			});
			while (true) {
				for (Token token : memory.unwritten(clock.instant())) {
					boolean wasNew = withinBound(() -> store.firstUse(token.issuer(), token.jti(), token.keepUntil()));
					memory.written(token);
					outage.wroteBack(wasNew);
				}
				synchronized (this) {
					if (memory.unwritten(clock.instant()).isEmpty()) {
						memory.clear();
						outage.end();
						return;
					}
				}
			}
		}
		catch (Unreachable e) {
			LOG.debug("Replay store still unreachable: {}", e.getMessage());
		}
	}

	/** Whether the shared store is taken to be reachable (no outage on this replica). */
	public boolean storeReachable() {
		return !outage.active();
	}

	@Override
	public void close() {
		storeCalls.shutdownNow();
	}

	private synchronized void startOutage(String reason) {
		if (!outage.active()) {
			outage.start(reason);
		}
	}

	private boolean withoutTheStore(String issuer, String jti, Instant keepUntil) {
		if (onStoreFailure == OnStoreFailure.REFUSE) {
			throw new ReplayStoreUnavailableException("replay store unreachable", retryInterval);
		}
		synchronized (this) {
			if (outage.active()) {
				switch (memory.record(issuer, jti, keepUntil, clock.instant())) {
					case FIRST_USE -> {
						outage.acceptedLocally();
						return true;
					}
					case USED_BEFORE -> {
						return false;
					}
					case FULL -> {
						outage.memoryFull(memory.maxEntries());
						throw new ReplayStoreUnavailableException(
								"replay store unreachable and this replica's memory of tokens is full", retryInterval);
					}
				}
			}
		}
		// The outage ended in between: the store answers again.
		return firstUse(issuer, jti, keepUntil);
	}

	/**
	 * The store's answer, or {@link Unreachable} once {@code store-timeout} has passed
	 * without one. A late answer is dropped; the statement finishes or times out on its
	 * own.
	 */
	private <T> T withinBound(Supplier<T> call) throws Unreachable {
		Future<T> answer;
		try {
			answer = storeCalls.submit(call::get);
		}
		catch (RejectedExecutionException e) {
			throw new Unreachable("too many checks waiting for it");
		}
		try {
			return answer.get(storeTimeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException e) {
			answer.cancel(false);
			throw new Unreachable("no answer within " + storeTimeout.toMillis() + " ms");
		}
		catch (InterruptedException e) {
			answer.cancel(false);
			Thread.currentThread().interrupt();
			throw new Unreachable("interrupted while waiting for it");
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof DataAccessException failure) {
				throw new Unreachable(failure.getMostSpecificCause().getMessage());
			}
			if (e.getCause() instanceof RuntimeException bug) {
				throw bug;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	private static String meanwhile(ReplayProperties properties) {
		long millis = properties.retryInterval().toMillis();
		String retry = "; tried again every " + ((millis % 1000 == 0) ? (millis / 1000) + " s" : millis + " ms");
		return switch (properties.onStoreFailure()) {
			case DEGRADE_LOCALLY -> "tokens are checked and recorded in this replica's memory only (a token replayed"
					+ " to another replica goes undetected) and written back when it returns" + retry;
			case REFUSE -> "calls that carry a JWT get 503 (cds.security.replay.on-store-failure=refuse)" + retry;
		};
	}

	/** The store gave no answer in time: its cause, for the log. */
	private static final class Unreachable extends Exception {

		Unreachable(String reason) {
			super(reason, null, false, false);
		}

	}

}

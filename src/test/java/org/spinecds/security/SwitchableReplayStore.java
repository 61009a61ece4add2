package org.spinecds.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A shared jti store a test can take down, slow down and bring back; it keeps its rows
 * (issuer and jti to keep-until) for the test to read.
 */
final class SwitchableReplayStore implements SharedReplayStore {

	final Map<String, Instant> rows = new ConcurrentHashMap<>();

	final AtomicInteger calls = new AtomicInteger();

	private final Clock clock;

	private volatile boolean down;

	private volatile Duration delay = Duration.ZERO;

	SwitchableReplayStore(Clock clock) {
		this.clock = clock;
	}

	void goDown() {
		down = true;
	}

	void comeBack() {
		down = false;
	}

	void answerAfter(Duration delay) {
		this.delay = delay;
	}

	static String row(String issuer, String jti) {
		return issuer + " " + jti;
	}

	@Override
	public synchronized boolean firstUse(String issuer, String jti, Instant keepUntil) {
		answerOrFail();
		Instant kept = rows.get(row(issuer, jti));
		if (kept != null && kept.isAfter(clock.instant())) {
			return false;
		}
		rows.put(row(issuer, jti), keepUntil);
		return true;
	}

	@Override
	public void checkReachable() {
		answerOrFail();
	}

	private void answerOrFail() {
		calls.incrementAndGet();
		if (!delay.isZero()) {
			try {
				Thread.sleep(delay.toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		if (down) {
			throw new DataAccessResourceFailureException("Connection to the test store refused");
		}
	}

}

package org.spinecds.feedback;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the service last saw of its database, so that an outage costs one bounded wait and
 * not one per call. After a failure, request-path reads and writes (alert fatigue,
 * feedback) skip the database, except for one probe per {@code probeInterval}; the audit
 * writer keeps retrying in the background and reports the database back as soon as a
 * batch commits. An outage is logged once when it starts and once when it ends.
 */
public class DatabaseAvailability {

	private static final Logger LOG = LoggerFactory.getLogger(DatabaseAvailability.class);

	private final long probeIntervalNanos;

	private final AtomicLong nextProbeNanos = new AtomicLong();

	private volatile boolean down;

	private volatile long downSinceNanos;

	public DatabaseAvailability(Duration probeInterval, MeterRegistry metrics) {
		this.probeIntervalNanos = probeInterval.toNanos();
		Gauge.builder("cds.database.reachable", this, availability -> availability.down ? 0 : 1)
			.description("1 while the database answers, 0 from a failed query or commit until one succeeds again")
			.register(metrics);
	}

	/**
	 * Whether a request-path operation should try the database now: always while it is
	 * up; during an outage only the first caller after each probe interval.
	 */
	public boolean mayTry() {
		if (!down) {
			return true;
		}
		long now = System.nanoTime();
		long next = nextProbeNanos.get();
		return now - next >= 0 && nextProbeNanos.compareAndSet(next, now + probeIntervalNanos);
	}

	public boolean isDown() {
		return down;
	}

	public void succeeded() {
		if (down) {
			synchronized (this) {
				if (down) {
					down = false;
					LOG.info("Database reachable again after {} s", secondsSince(downSinceNanos));
				}
			}
		}
	}

	public void failed(Throwable cause) {
		long now = System.nanoTime();
		nextProbeNanos.set(now + probeIntervalNanos);
		if (!down) {
			synchronized (this) {
				if (!down) {
					downSinceNanos = now;
					down = true;
					LOG.warn(
							"Database unreachable ({}): hook calls are answered without the alert-fatigue check,"
									+ " their audit waits in memory, feedback is refused with 503 until it is back",
							cause.getMessage());
				}
			}
		}
	}

	private static long secondsSince(long nanos) {
		return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - nanos);
	}

}

package org.spinecds.feedback;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The audit, written behind the hook calls: a bounded queue in memory and one thread that
 * writes what has gathered in it, oldest first, up to a batch per transaction (group
 * commit: under load many calls share one commit; when idle each call is written at
 * once). A batch the database does not take is retried, with a backoff doubling up to a
 * limit, until it does: during an outage calls queue up and are written, in order, when
 * the database returns. When the queue is full the oldest call waiting is dropped (the
 * recent calls are the ones alert fatigue and feedback look at) and counted. On a
 * graceful shutdown, after the web server has stopped taking calls, the writer gets
 * {@code shutdownFlushTimeout} to empty the queue; what it could not write is counted in
 * the log.
 */
class AuditWriter implements SmartLifecycle {

	private static final Logger LOG = LoggerFactory.getLogger(AuditWriter.class);

	/** Stops after the web server (lower phases stop later), before the pool closes. */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private final AuditBatchStore store;

	private final DatabaseAvailability availability;

	private final AuditWriterProperties properties;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = lock.newCondition();

	private final ArrayDeque<QueuedCall> queue = new ArrayDeque<>();

	/** serviceId and card uuid of every card queued or being written. */
	private final Set<String> pendingCards = ConcurrentHashMap.newKeySet();

	private final AtomicLong written = new AtomicLong();

	private final AtomicLong batches = new AtomicLong();

	private final AtomicLong droppedQueueFull = new AtomicLong();

	private final AtomicLong droppedRejected = new AtomicLong();

	private final AtomicLong droppedAtShutdown = new AtomicLong();

	private int inFlight;

	/** The batch being written (empty between batches). */
	private List<QueuedCall> inFlightBatch = List.of();

	private boolean stopping;

	private long stopDeadlineNanos;

	private Runnable onStopped;

	private volatile Thread thread;

	private boolean droppingSinceLastWrite;

	AuditWriter(AuditBatchStore store, DatabaseAvailability availability, AuditWriterProperties properties,
			MeterRegistry metrics) {
		this.store = store;
		this.availability = availability;
		this.properties = properties;
		Gauge.builder("cds.audit.queue.depth", this, AuditWriter::depth)
			.description("Hook calls whose audit is not written yet (queued or in the batch being written)")
			.register(metrics);
		FunctionCounter.builder("cds.audit.written", written, AtomicLong::get)
			.description("Hook calls whose audit rows were committed")
			.register(metrics);
		FunctionCounter.builder("cds.audit.batches", batches, AtomicLong::get)
			.description("Transactions that committed audit rows (written / batches: calls per transaction)")
			.register(metrics);
		dropped(metrics, "queue-full", droppedQueueFull, "the queue was full during an outage; the oldest call went");
		dropped(metrics, "rejected", droppedRejected, "the database refused the rows (logged with the call's key)");
		dropped(metrics, "shutdown", droppedAtShutdown, "still queued when the shutdown flush ran out of time");
	}

	private static void dropped(MeterRegistry metrics, String reason, AtomicLong count, String description) {
		FunctionCounter.builder("cds.audit.dropped", count, AtomicLong::get)
			.tag("reason", reason)
			.description("Hook calls whose audit was not written: " + description)
			.register(metrics);
	}

	/** Never waits: the call is queued, and the oldest waiting one dropped if full. */
	void offer(QueuedCall call) {
		QueuedCall dropped = null;
		lock.lock();
		try {
			if (queue.size() >= properties.queueCapacity()) {
				dropped = queue.pollFirst();
				droppedQueueFull.incrementAndGet();
			}
			queue.addLast(call);
			addCards(call);
			changed.signalAll();
			if (dropped != null && !droppingSinceLastWrite) {
				droppingSinceLastWrite = true;
				LOG.error(
						"Audit queue full ({} calls): dropping the oldest calls until the database takes them again;"
								+ " the count is the metric cds.audit.dropped{reason=queue-full}",
						properties.queueCapacity());
			}
		}
		finally {
			lock.unlock();
		}
		if (dropped != null) {
			removeCards(dropped);
		}
	}

	/**
	 * Whether a card of this type about this ordered study, shown to this user for this
	 * patient by another service, is queued or being written (and so not yet in the
	 * database for {@link AlertFatigue} to find).
	 */
	boolean pendingShownElsewhere(String serviceId, String patientId, String userId, IssuedCard card) {
		lock.lock();
		try {
			return java.util.stream.Stream.concat(queue.stream(), inFlightBatch.stream())
				.map(QueuedCall::call)
				.filter(call -> !call.serviceId().equals(serviceId))
				.filter(call -> java.util.Objects.equals(call.patientId(), patientId)
						&& java.util.Objects.equals(call.userId(), userId))
				.flatMap(call -> call.shownCards().stream())
				.anyMatch(shown -> java.util.Objects.equals(shown.cardType(), card.cardType())
						&& java.util.Objects.equals(shown.orderedStudy(), card.orderedStudy()));
		}
		finally {
			lock.unlock();
		}
	}

	/** Whether the card is queued or being written, and so not yet in the database. */
	boolean isPending(String serviceId, String cardUuid) {
		return pendingCards.contains(cardKey(serviceId, cardUuid));
	}

	/**
	 * Waits until everything queued so far is written (or dropped); false when the time
	 * ran out first.
	 */
	boolean awaitWritten(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		lock.lock();
		try {
			while (!queue.isEmpty() || inFlight > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				changed.awaitNanos(left);
			}
			return true;
		}
		finally {
			lock.unlock();
		}
	}

	AuditBatchStore store() {
		return store;
	}

	int depth() {
		lock.lock();
		try {
			return queue.size() + inFlight;
		}
		finally {
			lock.unlock();
		}
	}

	long written() {
		return written.get();
	}

	long dropped() {
		return droppedQueueFull.get() + droppedRejected.get() + droppedAtShutdown.get();
	}

	@Override
	public void start() {
		lock.lock();
		try {
			if (thread != null) {
				return;
			}
			stopping = false;
			Thread writer = new Thread(this::writeUntilStopped, "audit-writer");
			writer.setDaemon(true);
			thread = writer;
			writer.start();
		}
		finally {
			lock.unlock();
		}
	}

	@Override
	public void stop(Runnable callback) {
		lock.lock();
		try {
			if (thread == null) {
				callback.run();
				return;
			}
			stopping = true;
			stopDeadlineNanos = System.nanoTime() + properties.shutdownFlushTimeout().toNanos();
			onStopped = callback;
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	@Override
	public void stop() {
		CountDownLatch done = new CountDownLatch(1);
		stop(done::countDown);
		try {
			done.await(properties.shutdownFlushTimeout().plusSeconds(1).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void writeUntilStopped() {
		try {
			List<QueuedCall> batch;
			while ((batch = nextBatch()) != null) {
				write(batch);
				finished(batch);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		finally {
			stopped();
		}
	}

	/**
	 * The oldest calls queued, up to a batch; waits for one; null once stopping and
	 * empty.
	 */
	private List<QueuedCall> nextBatch() throws InterruptedException {
		lock.lock();
		try {
			while (queue.isEmpty()) {
				if (stopping) {
					return null;
				}
				changed.await();
			}
			int size = Math.min(queue.size(), properties.batchSize());
			List<QueuedCall> batch = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				batch.add(queue.pollFirst());
			}
			inFlight = size;
			inFlightBatch = batch;
			return batch;
		}
		finally {
			lock.unlock();
		}
	}

	private void write(List<QueuedCall> batch) throws InterruptedException {
		try {
			writeWithRetries(batch);
		}
		catch (DataIntegrityViolationException refused) {
			writeOneByOne(batch);
		}
	}

	/**
	 * Tries until the batch is written or a shutdown's flush time is over; throws when
	 * the database refuses the rows themselves.
	 */
	private void writeWithRetries(List<QueuedCall> batch) throws InterruptedException {
		long backoff = properties.initialBackoff().toNanos();
		while (true) {
			if (flushTimeOver()) {
				droppedAtShutdown.addAndGet(batch.size());
				return;
			}
			try {
				store.write(batch);
				availability.succeeded();
				written.addAndGet(batch.size());
				batches.incrementAndGet();
				return;
			}
			catch (DataIntegrityViolationException refused) {
				throw refused;
			}
			// PostgreSQL's driver throws an AssertionError when the server goes away
			// in the middle of a batch: the writer outlives it like any outage.
			catch (RuntimeException | AssertionError e) {
				availability.failed(e);
				LOG.debug("Audit batch of {} calls not written, retrying in {} ms: {}", batch.size(),
						TimeUnit.NANOSECONDS.toMillis(backoff), e.getMessage());
				if (!pause(backoff)) {
					droppedAtShutdown.addAndGet(batch.size());
					return;
				}
				backoff = Math.min(backoff * 2, properties.maxBackoff().toNanos());
			}
		}
	}

	/**
	 * A batch the database refused as a whole: written call by call, so that only the
	 * call it refuses is lost (and logged) and the queue moves on.
	 */
	private void writeOneByOne(List<QueuedCall> batch) throws InterruptedException {
		for (QueuedCall call : batch) {
			try {
				writeWithRetries(List.of(call));
			}
			catch (DataIntegrityViolationException refused) {
				droppedRejected.incrementAndGet();
				LOG.error("Audit of hook call service={} key={} refused by the database, not stored: {}",
						call.call().serviceId(), call.callKey(), refused.getMessage());
			}
		}
	}

	/**
	 * Waits before a retry; false when a shutdown's flush time is over (the batch is
	 * given up).
	 */
	private boolean pause(long nanos) throws InterruptedException {
		lock.lock();
		try {
			long until = System.nanoTime() + nanos;
			while (true) {
				long now = System.nanoTime();
				if (stopping && now - stopDeadlineNanos >= 0) {
					return false;
				}
				long left = until - now;
				if (left <= 0) {
					return true;
				}
				changed.awaitNanos(stopping ? Math.min(left, stopDeadlineNanos - now) : left);
			}
		}
		finally {
			lock.unlock();
		}
	}

	private boolean flushTimeOver() {
		lock.lock();
		try {
			return stopping && System.nanoTime() - stopDeadlineNanos >= 0;
		}
		finally {
			lock.unlock();
		}
	}

	private void finished(List<QueuedCall> batch) {
		batch.forEach(this::removeCards);
		lock.lock();
		try {
			inFlight = 0;
			inFlightBatch = List.of();
			droppingSinceLastWrite = false;
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	/** Whatever is left when the writer ends is counted, in the log and the metric. */
	private void stopped() {
		Runnable callback;
		lock.lock();
		try {
			int left = queue.size();
			queue.forEach(this::removeCards);
			queue.clear();
			droppedAtShutdown.addAndGet(left);
			long lost = droppedAtShutdown.get();
			if (lost > 0) {
				LOG.error("Audit writer stopped: {} hook calls could not be written before the shutdown flush ran out"
						+ " of time (database unreachable)", lost);
			}
			else {
				LOG.info("Audit writer stopped: every queued hook call written ({} in all)", written.get());
			}
			callback = onStopped;
			onStopped = null;
			thread = null;
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
		if (callback != null) {
			callback.run();
		}
	}

	private void addCards(QueuedCall queued) {
		AuditedHookCall call = queued.call();
		call.shownCards().forEach(card -> pendingCards.add(cardKey(call.serviceId(), card.uuid())));
		call.suppressedCards().forEach(card -> pendingCards.add(cardKey(call.serviceId(), card.uuid())));
	}

	private void removeCards(QueuedCall queued) {
		AuditedHookCall call = queued.call();
		call.shownCards().forEach(card -> pendingCards.remove(cardKey(call.serviceId(), card.uuid())));
		call.suppressedCards().forEach(card -> pendingCards.remove(cardKey(call.serviceId(), card.uuid())));
	}

	private static String cardKey(String serviceId, String cardUuid) {
		return serviceId + ' ' + cardUuid;
	}

}

package org.spinecds.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * The write-behind writer against a stand-in store: batches, order, retries with backoff,
 * the bound, the shutdown flush.
 */
class AuditWriterTest {

	private static final Duration BACKOFF = Duration.ofMillis(20);

	private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

	private final DatabaseAvailability availability = new DatabaseAvailability(Duration.ofSeconds(1), metrics);

	/** Every batch the store was asked to write, in order, whether it took it or not. */
	private final List<List<String>> attempts = new CopyOnWriteArrayList<>();

	private final List<Long> attemptNanos = new CopyOnWriteArrayList<>();

	/** The keys the store took, in the order it took them. */
	private final List<String> stored = new CopyOnWriteArrayList<>();

	private AuditWriter writer;

	@AfterEach
	void stopWriter() {
		if (writer != null) {
			writer.stop();
		}
	}

	@Test
	void whatGathersWhileOneBatchIsWrittenGoesInTheNextUpToTheBatchSize() throws Exception {
		writer = writer(10, 4, Duration.ofSeconds(1), batch -> {
		});
		offer("c", 10);
		writer.start();

		assertThat(writer.awaitWritten(Duration.ofSeconds(5))).isTrue();
		assertThat(attempts).containsExactly(keys("c", 0, 4), keys("c", 4, 8), keys("c", 8, 10));
		assertThat(writer.written()).isEqualTo(10);
		assertThat(counter("cds.audit.written")).isEqualTo(10);
		assertThat(counter("cds.audit.batches")).isEqualTo(3);
		assertThat(writer.depth()).isZero();
	}

	@Test
	void aBatchTheDatabaseDoesNotTakeIsRetriedWithAGrowingPauseAndTheOrderIsKept() throws Exception {
		AtomicInteger failuresLeft = new AtomicInteger(3);
		writer = writer(100, 2, Duration.ofSeconds(1), batch -> {
			if (failuresLeft.getAndDecrement() > 0) {
				throw new CannotGetJdbcConnectionException("database down");
			}
		});
		offer("c", 5);
		writer.start();

		assertThat(writer.awaitWritten(Duration.ofSeconds(5))).isTrue();
		assertThat(stored).containsExactlyElementsOf(keys("c", 0, 5));
		assertThat(attempts.subList(0, 4)).as("the same batch until it is taken").containsOnly(keys("c", 0, 2));
		long first = attemptNanos.get(1) - attemptNanos.get(0);
		long second = attemptNanos.get(2) - attemptNanos.get(1);
		long third = attemptNanos.get(3) - attemptNanos.get(2);
		assertThat(first).isGreaterThanOrEqualTo(BACKOFF.toNanos());
		assertThat(second).isGreaterThanOrEqualTo(2 * BACKOFF.toNanos());
		assertThat(third).isGreaterThanOrEqualTo(4 * BACKOFF.toNanos());
		assertThat(availability.isDown()).as("a commit after the outage ends it").isFalse();
	}

	/**
	 * What PostgreSQL's driver threw when the server stopped in the middle of a batch
	 * (PostgresStopMidBatchIT): an AssertionError, not an SQLException. Escaping the
	 * writer it would have ended the thread, and the audit with it, until a restart.
	 */
	@Test
	void aDriverErrorInsteadOfAnExceptionIsRetriedLikeAnOutage() throws Exception {
		AtomicInteger failuresLeft = new AtomicInteger(1);
		writer = writer(100, 10, Duration.ofSeconds(1), batch -> {
			if (failuresLeft.getAndDecrement() > 0) {
				throw new AssertionError("pgStatement.getConnection().getAutoCommit() should not throw");
			}
		});
		offer("c", 3);
		writer.start();

		assertThat(writer.awaitWritten(Duration.ofSeconds(5))).isTrue();
		assertThat(stored).containsExactlyElementsOf(keys("c", 0, 3));
		assertThat(attempts).hasSize(2);
		offer("d", 1);
		assertThat(writer.awaitWritten(Duration.ofSeconds(5))).as("the writer still runs").isTrue();
		assertThat(stored).endsWith("d0");
	}

	@Test
	void duringAnOutageTheDatabaseIsReportedDownUntilABatchCommits() throws Exception {
		CountDownLatch databaseBack = new CountDownLatch(1);
		writer = writer(100, 10, Duration.ofSeconds(1), batch -> {
			if (databaseBack.getCount() > 0) {
				throw new CannotGetJdbcConnectionException("database down");
			}
		});
		writer.start();
		offer("c", 1);

		waitFor(() -> attempts.size() >= 2);
		assertThat(availability.isDown()).isTrue();
		assertThat(writer.depth()).isEqualTo(1);
		databaseBack.countDown();
		assertThat(writer.awaitWritten(Duration.ofSeconds(5))).isTrue();
		assertThat(availability.isDown()).isFalse();
	}

	@Test
	void aFullQueueDropsItsOldestCallsAndCountsThem() throws Exception {
		writer = writer(3, 10, Duration.ofSeconds(1), batch -> {
		});
		offer("c", 5);

		assertThat(writer.depth()).isEqualTo(3);
		assertThat(writer.dropped()).isEqualTo(2);
		assertThat(counter("cds.audit.dropped", "queue-full")).isEqualTo(2);
		writer.start();
		assertThat(writer.awaitWritten(Duration.ofSeconds(5))).isTrue();
		assertThat(stored).containsExactly("c2", "c3", "c4");
	}

	@Test
	void aCallTheDatabaseRefusesIsDroppedAloneAndTheRestWritten() throws Exception {
		writer = writer(100, 10, Duration.ofSeconds(1), batch -> {
			if (batch.stream().anyMatch(call -> call.callKey().equals("c1"))) {
				throw new DataIntegrityViolationException("value too long");
			}
		});
		offer("c", 3);
		writer.start();

		assertThat(writer.awaitWritten(Duration.ofSeconds(5))).isTrue();
		assertThat(stored).containsExactly("c0", "c2");
		assertThat(counter("cds.audit.dropped", "rejected")).isEqualTo(1);
	}

	@Test
	void aGracefulStopWritesEverythingQueuedBeforeItReportsStopped() throws Exception {
		writer = writer(1000, 7, Duration.ofSeconds(5), batch -> sleep(5));
		writer.start();
		offer("c", 100);

		CountDownLatch stopped = new CountDownLatch(1);
		writer.stop(stopped::countDown);

		assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(stored).containsExactlyElementsOf(keys("c", 0, 100));
		assertThat(writer.isRunning()).isFalse();
		assertThat(writer.dropped()).isZero();
	}

	@Test
	void aStopDuringAnOutageGivesUpAfterTheFlushTimeoutAndCountsWhatIsLost() throws Exception {
		writer = writer(1000, 10, Duration.ofMillis(300), batch -> {
			throw new CannotGetJdbcConnectionException("database down");
		});
		writer.start();
		offer("c", 25);
		waitFor(() -> !attempts.isEmpty());

		long started = System.nanoTime();
		CountDownLatch stopped = new CountDownLatch(1);
		writer.stop(stopped::countDown);

		assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
		assertThat(stored).isEmpty();
		assertThat(counter("cds.audit.dropped", "shutdown")).isEqualTo(25);
		assertThat(writer.depth()).isZero();
	}

	@Test
	void aQueuedCardIsPendingUntilItsBatchCommits() throws Exception {
		writer = writer(10, 10, Duration.ofSeconds(1), batch -> {
		});
		writer.offer(call("c0", "card-1"));

		assertThat(writer.isPending(SummarySeed.SELECT, "card-1")).isTrue();
		assertThat(writer.isPending(SummarySeed.SIGN, "card-1")).as("another service's card").isFalse();
		writer.start();
		assertThat(writer.awaitWritten(Duration.ofSeconds(5))).isTrue();
		assertThat(writer.isPending(SummarySeed.SELECT, "card-1")).isFalse();
	}

	private AuditWriter writer(int capacity, int batchSize, Duration flushTimeout, Consumer<List<QueuedCall>> store) {
		AuditWriterProperties properties = new AuditWriterProperties(capacity, batchSize, BACKOFF,
				Duration.ofSeconds(1), flushTimeout, Duration.ofSeconds(30));
		return new AuditWriter(batch -> {
			attempts.add(batch.stream().map(QueuedCall::callKey).toList());
			attemptNanos.add(System.nanoTime());
			store.accept(batch);
			batch.forEach(call -> stored.add(call.callKey()));
		}, availability, properties, metrics);
	}

	private void offer(String prefix, int count) {
		for (int i = 0; i < count; i++) {
			writer.offer(call(prefix + i, null));
		}
	}

	private static QueuedCall call(String key, String cardUuid) {
		List<IssuedCard> cards = cardUuid == null ? List.of()
				: List.of(new IssuedCard(cardUuid, List.of(), "type", "warning", "system|code"));
		return new QueuedCall(key, new AuditedHookCall(Instant.EPOCH, SummarySeed.SELECT, "order-select", key, null,
				"patient", "user", AuditedHookCall.OK, 1, List.of(), cards, List.of()));
	}

	private static List<String> keys(String prefix, int from, int to) {
		List<String> keys = new ArrayList<>();
		for (int i = from; i < to; i++) {
			keys.add(prefix + i);
		}
		return keys;
	}

	private double counter(String name, String reason) {
		return metrics.get(name).tag("reason", reason).functionCounter().count();
	}

	private double counter(String name) {
		return metrics.get(name).functionCounter().count();
	}

	private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
			Thread.sleep(5);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}

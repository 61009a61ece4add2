package org.spinecds.patient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.Resource;

/**
 * Runs the fetches of one hook call side by side on a bounded pool shared by all calls,
 * under the call's deadline. What is not done at the deadline is cancelled. Closed with
 * the application context.
 */
final class ParallelFetches implements AutoCloseable {

	/** One fetch's end: its resources, or why there are none. */
	record Outcome(List<Resource> resources, NotObtained notObtained) {

		boolean obtained() {
			return notObtained == null;
		}
	}

	private static final int QUEUED_PER_THREAD = 4;

	private final ThreadPoolExecutor pool;

	ParallelFetches(int threads) {
		pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(threads * QUEUED_PER_THREAD), daemonThreads());
		pool.allowCoreThreadTimeOut(true);
	}

	/**
	 * @param atDeadline run once if the deadline passes with fetches still running (to
	 * abort their requests)
	 */
	<K> Map<K, Outcome> runAll(Map<K, ? extends Callable<List<Resource>>> fetches, CallDeadline deadline,
			Runnable atDeadline) {
		Map<K, Outcome> outcomes = new LinkedHashMap<>();
		Map<K, Future<List<Resource>>> running = new LinkedHashMap<>();
		fetches.forEach((key, fetch) -> {
			try {
				running.put(key, pool.submit(fetch));
			}
			catch (RejectedExecutionException busy) {
				outcomes.put(key, new Outcome(List.of(), NotObtained.failed("the service is busy with other queries")));
			}
		});
		boolean expired = false;
		for (Map.Entry<K, Future<List<Resource>>> entry : running.entrySet()) {
			Future<List<Resource>> future = entry.getValue();
			try {
				outcomes.put(entry.getKey(),
						new Outcome(future.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS), null));
			}
			catch (TimeoutException | InterruptedException late) {
				if (late instanceof InterruptedException) {
					Thread.currentThread().interrupt();
				}
				expired = true;
				future.cancel(true);
				outcomes.put(entry.getKey(), new Outcome(List.of(), NotObtained.deadline(deadline.describe())));
			}
			catch (ExecutionException failed) {
				outcomes.put(entry.getKey(),
						new Outcome(List.of(), failed.getCause() instanceof NotObtainedException why ? why.reason()
								: NotObtained.failed(failed.getCause().getClass().getSimpleName())));
			}
		}
		if (expired) {
			atDeadline.run();
		}
		return outcomes;
	}

	@Override
	public void close() {
		pool.shutdownNow();
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, "fhir-fetch-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}

package org.spinecds.feedback;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Runs the database work of a request (alert-fatigue reads, feedback writes) on a few
 * worker threads and waits for it at most {@code timeout}. The JDBC query timeout bounds
 * a statement the database executes, but not one that waits without executing (an H2
 * session in exclusive mode, a driver stuck on a dead socket): the request must not wait
 * with it. Work still running after the timeout is left to finish on its worker, not
 * interrupted (an interrupt closes the file channel of an embedded H2 database); further
 * work is refused at once while every worker is busy and the queue is full.
 */
public final class RequestPathDatabase implements AutoCloseable {

	private static final int WORKERS = 4;

	private static final int QUEUED = 64;

	private final Duration timeout;

	private final ThreadPoolExecutor workers;

	public RequestPathDatabase(Duration timeout) {
		this.timeout = timeout;
		this.workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED),
				runnable -> {
					Thread thread = new Thread(runnable, "request-path-db");
					thread.setDaemon(true);
					return thread;
				});
		this.workers.allowCoreThreadTimeOut(true);
	}

	/**
	 * The work's result, or a {@code DataAccessException} (an outage, to the callers)
	 * when it fails, takes longer than the timeout or cannot be queued.
	 */
	public <T> T call(Supplier<T> work) {
		Future<T> answer;
		try {
			answer = workers.submit(work::get);
		}
		catch (RejectedExecutionException e) {
			throw new TransientDataAccessResourceException("every database worker is busy", e);
		}
		try {
			return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException e) {
			answer.cancel(false);
			throw new QueryTimeoutException("no answer from the database within " + timeout.toMillis() + " ms", e);
		}
		catch (InterruptedException e) {
			answer.cancel(false);
			Thread.currentThread().interrupt();
			throw new QueryTimeoutException("interrupted while waiting for the database", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new TransientDataAccessResourceException("database work failed", e.getCause());
		}
	}

	@Override
	public void close() {
		workers.shutdownNow();
	}

}

package org.spinecds.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes audit rows and feedback older than {@code cds.audit.retention}, hourly and off
 * the request path, a thousand calls per transaction so that no delete holds its locks
 * for long. Each audited call is about 1 KB (the benchmark: 300,000 calls, 265 MB of H2
 * file), so without a retention the store grows for ever. Unset: everything is kept.
 * Every replica runs it; overlapping deletes are harmless, and a failed run is retried at
 * the next. Its statements have the audit writer's timeout, not the request path's.
 */
class AuditRetention {

	private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);
	static final int CALLS_PER_TRANSACTION = 1000;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration retention;

	AuditRetention(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, AuditProperties audit,
			AlertFatigueProperties alertFatigue) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.retention = audit.retention();
		if (retention != null && (retention.isNegative() || retention.isZero())) {
			throw new IllegalStateException("cds.audit.retention must be positive (for example 400d), or empty to keep"
					+ " the audit for ever; it is " + retention);
		}
		if (retention != null && alertFatigue.window() != null && retention.compareTo(alertFatigue.window()) < 0) {
			throw new IllegalStateException(
					"cds.audit.retention (" + retention + ") must be at least" + " cds.alert-fatigue.window ("
							+ alertFatigue.window() + "): the window looks back at stored" + " overrides and cards");
		}
	}

	@Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
	void scheduledPurge() {
		try {
			Purged purged = purge();
			if (purged.calls() > 0 || purged.feedbackItems() > 0) {
				LOG.info("Audit retention {}: {} calls and {} feedback items older than that deleted", retention,
						purged.calls(), purged.feedbackItems());
			}
		}
		catch (DataAccessException | TransactionException e) {
			LOG.warn("Audit retention run failed, will try again in an hour: {}", e.getMessage());
		}
	}

	record Purged(long calls, long feedbackItems) {
	}

	/**
	 * Deletes every call (with its cards and rated orders) and feedback item older than
	 * the retention.
	 */
	Purged purge() {
		if (retention == null) {
			return new Purged(0, 0);
		}
		OffsetDateTime cutoff = Columns.utc(clock.instant().minus(retention));
		return new Purged(inBatches("hook_call", "called_at", cutoff, this::deleteCalls),
				inBatches("feedback", "received_at", cutoff,
						ids -> jdbc.sql("delete from feedback where id in (:ids)").param("ids", ids).update()));
	}

	/**
	 * Deletes the table's rows older than the cutoff, a batch per transaction, until none
	 * is left; returns the count.
	 */
	private long inBatches(String table, String timeColumn, OffsetDateTime cutoff, ToIntFunction<List<Long>> delete) {
		long total = 0;
		for (int deleted; (deleted = oldestBatch(table, timeColumn, cutoff, delete)) > 0;) {
			total += deleted;
		}
		return total;
	}

	/**
	 * In one transaction: the oldest rows before the cutoff (at most a batch), deleted.
	 */
	private int oldestBatch(String table, String timeColumn, OffsetDateTime cutoff, ToIntFunction<List<Long>> delete) {
		return transaction.execute(status -> {
			List<Long> ids = jdbc
				.sql("select id from " + table + " where " + timeColumn + " < :cutoff order by id" + " fetch first "
						+ CALLS_PER_TRANSACTION + " rows only")
				.param("cutoff", cutoff)
				.query(Long.class)
				.list();
			return ids.isEmpty() ? 0 : delete.applyAsInt(ids);
		});
	}

	private int deleteCalls(List<Long> ids) {
		jdbc.sql("delete from rated_order where hook_call_id in (:ids)").param("ids", ids).update();
		jdbc.sql("delete from hook_card where hook_call_id in (:ids)").param("ids", ids).update();
		return jdbc.sql("delete from hook_call where id in (:ids)").param("ids", ids).update();
	}

}

package org.spinecds.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes audit rows and feedback older than {@code cds.audit.retention}, hourly and off the request path, a thousand
 * calls per transaction so that no delete holds its locks for long. Each audited call is about 1 KB (the benchmark:
 * 300,000 calls, 265 MB of H2 file), so without a retention the store grows for ever. Unset: everything is kept.
 * Every replica runs it; overlapping deletes are harmless, and a failed run is retried at the next.
 */
@Component
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
			throw new IllegalStateException("cds.audit.retention (" + retention + ") must be at least"
					+ " cds.alert-fatigue.window (" + alertFatigue.window() + "): the window looks back at stored"
					+ " overrides and cards");
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
		} catch (DataAccessException | TransactionException e) {
			LOG.warn("Audit retention run failed, will try again in an hour: {}", e.getMessage());
		}
	}

	record Purged(long calls, long feedbackItems) {}

	/** Deletes every call (with its cards and rated orders) and feedback item older than the retention. */
	Purged purge() {
		if (retention == null) {
			return new Purged(0, 0);
		}
		OffsetDateTime cutoff = Columns.utc(clock.instant().minus(retention));
		long calls = 0;
		for (int deleted; (deleted = deleteOldestCalls(cutoff)) > 0; ) {
			calls += deleted;
		}
		long feedbackItems = 0;
		for (int deleted; (deleted = deleteOldestFeedback(cutoff)) > 0; ) {
			feedbackItems += deleted;
		}
		return new Purged(calls, feedbackItems);
	}

	private int deleteOldestCalls(OffsetDateTime cutoff) {
		return transaction.execute(status -> {
			List<Long> ids = jdbc.sql("select id from hook_call where called_at < :cutoff order by id fetch first "
							+ CALLS_PER_TRANSACTION + " rows only")
					.param("cutoff", cutoff)
					.query(Long.class)
					.list();
			if (ids.isEmpty()) {
				return 0;
			}
			jdbc.sql("delete from rated_order where hook_call_id in (:ids)").param("ids", ids).update();
			jdbc.sql("delete from hook_card where hook_call_id in (:ids)").param("ids", ids).update();
			return jdbc.sql("delete from hook_call where id in (:ids)").param("ids", ids).update();
		});
	}

	private int deleteOldestFeedback(OffsetDateTime cutoff) {
		return transaction.execute(status -> {
			List<Long> ids = jdbc.sql("select id from feedback where received_at < :cutoff order by id fetch first "
							+ CALLS_PER_TRANSACTION + " rows only")
					.param("cutoff", cutoff)
					.query(Long.class)
					.list();
			return ids.isEmpty() ? 0 : jdbc.sql("delete from feedback where id in (:ids)").param("ids", ids).update();
		});
	}
}

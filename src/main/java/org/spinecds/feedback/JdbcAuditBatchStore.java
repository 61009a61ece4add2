package org.spinecds.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit's SQL: a batch of hook calls (their rows, rated orders and cards) in one
 * transaction, three statements whatever the batch size. A batch retried after a commit
 * whose answer was lost meets its own keys: then only the calls not stored yet are
 * written, so nothing is stored twice.
 */
class JdbcAuditBatchStore implements AuditBatchStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final TransactionTemplate transaction;

	private final IdHasher hasher;

	JdbcAuditBatchStore(JdbcTemplate batches, TransactionTemplate transaction, IdHasher hasher) {
		this.jdbc = JdbcClient.create(batches);
		this.batches = batches;
		this.transaction = transaction;
		this.hasher = hasher;
	}

	@Override
	public void write(List<QueuedCall> batch) {
		try {
			transaction.executeWithoutResult(status -> insert(batch));
		}
		catch (DuplicateKeyException alreadyStored) {
			// A retry after a commit whose answer was lost: store only what it did not.
			List<QueuedCall> notStored = notStored(batch);
			if (!notStored.isEmpty()) {
				transaction.executeWithoutResult(status -> insert(notStored));
			}
		}
	}

	private void insert(List<QueuedCall> calls) {
		List<Object[]> callRows = new ArrayList<>(calls.size());
		List<Object[]> ratedRows = new ArrayList<>();
		List<Object[]> cardRows = new ArrayList<>();
		for (QueuedCall queued : calls) {
			AuditedHookCall call = queued.call();
			String callKey = queued.callKey();
			String patientHash = hasher.hash(call.patientId());
			String userHash = hasher.hash(call.userId());
			callRows.add(new Object[] { callKey, Columns.utc(call.calledAt()), call.serviceId(),
					Columns.fit(call.hook(), 64), Columns.fit(call.hookInstance(), 100), Columns.fit(call.iss(), 255),
					patientHash, userHash, call.outcome(), call.durationMs(), call.shownCards().size(),
					call.suppressedCards().size() });
			List<RatedOrder> rated = call.ratedOrders();
			for (int position = 0; position < rated.size(); position++) {
				ratedRows.add(new Object[] { callKey, position, Columns.fit(rated.get(position).orderCode(), 255),
						rated.get(position).rating() });
			}
			call.shownCards().forEach(card -> cardRows.add(cardRow(callKey, call, card, patientHash, userHash, false)));
			call.suppressedCards()
				.forEach(card -> cardRows.add(cardRow(callKey, call, card, patientHash, userHash, true)));
		}
		// One text per statement whatever the batch holds, so the database parses each
		// once per connection; the calls' generated ids are found by their unique key.
		batches.batchUpdate("""
				insert into hook_call (call_key, called_at, service_id, hook, hook_instance, jwt_iss, patient_hash,
					user_hash, outcome, duration_ms, cards_shown, cards_suppressed)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", callRows);
		batches.batchUpdate("""
				insert into rated_order (hook_call_id, position, order_code, rating)
				values ((select id from hook_call where call_key = ?), ?, ?, ?)""", ratedRows);
		batches.batchUpdate("""
				insert into hook_card (hook_call_id, card_uuid, issued_at, service_id, card_type, indicator,
					patient_hash, user_hash, ordered_study, suggestion_uuids, suppressed)
				values ((select id from hook_call where call_key = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cardRows);
	}

	private List<QueuedCall> notStored(List<QueuedCall> calls) {
		Set<String> stored = new HashSet<>();
		jdbc.sql("select call_key from hook_call where call_key in (:keys)")
			.param("keys", calls.stream().map(QueuedCall::callKey).toList())
			.query(String.class)
			.list()
			.forEach(stored::add);
		return calls.stream().filter(call -> !stored.contains(call.callKey())).toList();
	}

	private static Object[] cardRow(String callKey, AuditedHookCall call, IssuedCard card, String patientHash,
			String userHash, boolean suppressed) {
		return new Object[] { callKey, card.uuid(), Columns.utc(call.calledAt()), call.serviceId(),
				Columns.fit(card.cardType(), 100), card.indicator(), patientHash, userHash,
				Columns.fit(card.orderedStudy(), 255), Columns.spaceSeparated(card.suggestionUuids(), 1000),
				suppressed };
	}

}

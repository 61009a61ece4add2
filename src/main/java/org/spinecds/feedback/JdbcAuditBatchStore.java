package org.spinecds.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit's SQL: a batch of hook calls (their rows, rated orders and cards) in one
 * transaction, four statements whatever the batch size. Calls whose key is already stored
 * are skipped, so a batch retried after a commit whose answer was lost stores nothing
 * twice.
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
		transaction.executeWithoutResult(status -> insertNew(batch));
	}

	private void insertNew(List<QueuedCall> batch) {
		Set<String> stored = new HashSet<>(idsByKey(batch).keySet());
		List<QueuedCall> fresh = batch.stream().filter(call -> !stored.contains(call.callKey())).toList();
		if (fresh.isEmpty()) {
			return;
		}
		List<Object[]> callRows = new ArrayList<>(fresh.size());
		for (QueuedCall queued : fresh) {
			AuditedHookCall call = queued.call();
			callRows.add(new Object[] { queued.callKey(), Columns.utc(call.calledAt()), call.serviceId(),
					Columns.fit(call.hook(), 64), Columns.fit(call.hookInstance(), 100), Columns.fit(call.iss(), 255),
					hasher.hash(call.patientId()), hasher.hash(call.userId()), call.outcome(), call.durationMs(),
					call.shownCards().size(), call.suppressedCards().size() });
		}
		batches.batchUpdate("""
				insert into hook_call (call_key, called_at, service_id, hook, hook_instance, jwt_iss, patient_hash,
					user_hash, outcome, duration_ms, cards_shown, cards_suppressed)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", callRows);
		Map<String, Long> ids = idsByKey(fresh);
		List<Object[]> ratedRows = new ArrayList<>();
		List<Object[]> cardRows = new ArrayList<>();
		for (QueuedCall queued : fresh) {
			long callId = ids.get(queued.callKey());
			AuditedHookCall call = queued.call();
			List<RatedOrder> rated = call.ratedOrders();
			for (int position = 0; position < rated.size(); position++) {
				ratedRows.add(new Object[] { callId, position, Columns.fit(rated.get(position).orderCode(), 255),
						rated.get(position).rating() });
			}
			String patientHash = hasher.hash(call.patientId());
			String userHash = hasher.hash(call.userId());
			call.shownCards().forEach(card -> cardRows.add(cardRow(callId, call, card, patientHash, userHash, false)));
			call.suppressedCards()
				.forEach(card -> cardRows.add(cardRow(callId, call, card, patientHash, userHash, true)));
		}
		batches.batchUpdate("insert into rated_order (hook_call_id, position, order_code, rating) values (?, ?, ?, ?)",
				ratedRows);
		batches.batchUpdate("""
				insert into hook_card (card_uuid, hook_call_id, issued_at, service_id, card_type, indicator,
					patient_hash, user_hash, ordered_study, suggestion_uuids, suppressed)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cardRows);
	}

	private Map<String, Long> idsByKey(List<QueuedCall> calls) {
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("select call_key, id from hook_call where call_key in (:keys)")
			.param("keys", calls.stream().map(QueuedCall::callKey).toList())
			.query(rs -> {
				ids.put(rs.getString(1), rs.getLong(2));
			});
		return ids;
	}

	private static Object[] cardRow(long callId, AuditedHookCall call, IssuedCard card, String patientHash,
			String userHash, boolean suppressed) {
		return new Object[] { card.uuid(), callId, Columns.utc(call.calledAt()), call.serviceId(),
				Columns.fit(card.cardType(), 100), card.indicator(), patientHash, userHash,
				Columns.fit(card.orderedStudy(), 255), Columns.spaceSeparated(card.suggestionUuids(), 1000),
				suppressed };
	}

}

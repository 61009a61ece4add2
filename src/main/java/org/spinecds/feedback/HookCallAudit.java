package org.spinecds.feedback;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the audit of a hook call: its row, the orders it rated and the cards it
 * produced. A store that fails is logged, never passed on: the clinician's answer matters
 * more than its audit.
 */
@Component
public class HookCallAudit {

	private static final Logger LOG = LoggerFactory.getLogger(HookCallAudit.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final TransactionTemplate transaction;

	private final IdHasher hasher;

	HookCallAudit(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transaction, IdHasher hasher) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.transaction = transaction;
		this.hasher = hasher;
	}

	public void record(AuditedHookCall call) {
		try {
			transaction.executeWithoutResult(status -> insert(call));
		}
		catch (DataAccessException | TransactionException e) {
			LOG.error("Audit of hook call service={} hookInstance={} not stored: {}", call.serviceId(),
					Columns.fit(call.hookInstance(), 40), e.getMessage());
		}
	}

	private void insert(AuditedHookCall call) {
		String patientHash = hasher.hash(call.patientId());
		String userHash = hasher.hash(call.userId());
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into hook_call (called_at, service_id, hook, hook_instance, jwt_iss, patient_hash, user_hash,
					outcome, duration_ms, cards_shown, cards_suppressed)
				values (:calledAt, :serviceId, :hook, :hookInstance, :iss, :patientHash, :userHash,
					:outcome, :durationMs, :cardsShown, :cardsSuppressed)""")
			.param("calledAt", Columns.utc(call.calledAt()))
			.param("serviceId", call.serviceId())
			.param("hook", Columns.fit(call.hook(), 64))
			.param("hookInstance", Columns.fit(call.hookInstance(), 100))
			.param("iss", Columns.fit(call.iss(), 255))
			.param("patientHash", patientHash)
			.param("userHash", userHash)
			.param("outcome", call.outcome())
			.param("durationMs", call.durationMs())
			.param("cardsShown", call.shownCards().size())
			.param("cardsSuppressed", call.suppressedCards().size())
			.update(key, "id");
		long callId = key.getKey().longValue();
		// One batch per table: the audit runs on every hook call, on the request thread.
		List<RatedOrder> rated = call.ratedOrders();
		List<Object[]> ratedRows = new ArrayList<>();
		for (int position = 0; position < rated.size(); position++) {
			ratedRows.add(new Object[] { callId, position, Columns.fit(rated.get(position).orderCode(), 255),
					rated.get(position).rating() });
		}
		batches.batchUpdate("insert into rated_order (hook_call_id, position, order_code, rating) values (?, ?, ?, ?)",
				ratedRows);
		List<Object[]> cardRows = new ArrayList<>();
		call.shownCards().forEach(card -> cardRows.add(cardRow(callId, call, card, patientHash, userHash, false)));
		call.suppressedCards().forEach(card -> cardRows.add(cardRow(callId, call, card, patientHash, userHash, true)));
		batches.batchUpdate("""
				insert into hook_card (card_uuid, hook_call_id, issued_at, service_id, card_type, indicator,
					patient_hash, user_hash, ordered_study, suggestion_uuids, suppressed)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cardRows);
	}

	private static Object[] cardRow(long callId, AuditedHookCall call, IssuedCard card, String patientHash,
			String userHash, boolean suppressed) {
		return new Object[] { card.uuid(), callId, Columns.utc(call.calledAt()), call.serviceId(),
				Columns.fit(card.cardType(), 100), card.indicator(), patientHash, userHash,
				Columns.fit(card.orderedStudy(), 255), Columns.spaceSeparated(card.suggestionUuids(), 1000),
				suppressed };
	}

}

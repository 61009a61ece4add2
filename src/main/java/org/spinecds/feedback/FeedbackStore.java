package org.spinecds.feedback;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceAcceptedSuggestionJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceFeedbackJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCodingJson;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores feedback items, each once however often it is sent; committed before the caller
 * answers.
 */
@Component
class FeedbackStore {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final AuditWriter audit;

	FeedbackStore(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, AuditWriter audit) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * @return how many items were new
	 */
	int store(String serviceId, List<CdsServiceFeedbackJson> items) {
		Instant receivedAt = clock.instant();
		try {
			return storeAll(serviceId, items, receivedAt);
		}
		catch (DuplicateKeyException raceWithSameItem) {
			// Two requests carrying one item committed at the same moment; the other one
			// stored it. Once more sees it.
			return storeAll(serviceId, items, receivedAt);
		}
	}

	private int storeAll(String serviceId, List<CdsServiceFeedbackJson> items, Instant receivedAt) {
		return transaction.execute(status -> {
			int stored = 0;
			for (CdsServiceFeedbackJson item : items) {
				stored += insertIfNew(serviceId, item, receivedAt);
			}
			return stored;
		});
	}

	private int insertIfNew(String serviceId, CdsServiceFeedbackJson item, Instant receivedAt) {
		Instant outcomeTimestamp = OffsetDateTime.parse(item.getOutcomeTimestamp()).toInstant();
		CdsServiceResponseCodingJson reason = item.getOverrideReason() == null ? null
				: item.getOverrideReason().getReason();
		List<String> accepted = item.getAcceptedSuggestions() == null ? List.of()
				: item.getAcceptedSuggestions().stream().map(CdsServiceAcceptedSuggestionJson::getId).toList();
		return jdbc.sql("""
				insert into feedback (item_key, service_id, card_uuid, matched, outcome, accepted_suggestions,
					override_reason_system, override_reason_code, override_user_comment, outcome_timestamp, received_at)
				select :itemKey, :serviceId, :card,
					(:cardPending
						or exists (select 1 from hook_card where card_uuid = :card and service_id = :serviceId)),
					:outcome, :accepted, :reasonSystem, :reasonCode, :comment, :outcomeTimestamp, :receivedAt
				where not exists (select 1 from feedback where item_key = :itemKey)""")
			.param("itemKey", FeedbackItemKey.of(serviceId, item, outcomeTimestamp))
			.param("serviceId", serviceId)
			.param("card", item.getCard())
			// the audit writer may not have stored the card yet
			.param("cardPending", audit.isPending(serviceId, item.getCard()))
			.param("outcome", item.getOutcome().name())
			.param("accepted", Columns.spaceSeparated(accepted, 1000))
			.param("reasonSystem", reason == null ? null : Columns.fit(reason.getSystem(), 255))
			.param("reasonCode", reason == null ? null : Columns.fit(reason.getCode(), 100))
			.param("comment",
					item.getOverrideReason() == null ? null
							: Columns.fit(item.getOverrideReason().getUserComment(), 1000))
			.param("outcomeTimestamp", Columns.utc(outcomeTimestamp))
			.param("receivedAt", Columns.utc(receivedAt))
			.update();
	}

}

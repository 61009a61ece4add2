package org.spinecds.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the cards a user has just overridden: same card type, same patient, same ordered
 * study, an override received within the window. Re-showing them (order-select fires
 * again, then order-sign) only trains users to click through. Critical cards are always
 * shown.
 */
@Component
public class AlertFatigue {

	private static final Logger LOG = LoggerFactory.getLogger(AlertFatigue.class);

	private final JdbcClient jdbc;

	private final IdHasher hasher;

	private final Clock clock;

	private final AlertFatigueProperties properties;

	private final DatabaseAvailability availability;

	private final RequestPathDatabase database;

	private final AuditWriter audit;

	AlertFatigue(JdbcClient jdbc, IdHasher hasher, Clock clock, AlertFatigueProperties properties,
			DatabaseAvailability availability, RequestPathDatabase database, AuditWriter audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.hasher = hasher;
		this.clock = clock;
		this.properties = properties;
		this.availability = availability;
		this.database = database;
	}

	/**
	 * The uuids of the cards to hold back. If the store cannot answer within its bounds
	 * (connection and query timeouts), or has not answered recently, every card is shown.
	 */
	public Set<String> recentlyOverridden(String patientId, String userId, List<IssuedCard> cards) {
		// Counted from when the override reached us: client clocks (outcomeTimestamp) are
		// not trusted to end a window.
		Instant since = clock.instant().minus(properties.window());
		List<IssuedCard> suppressible = cards.stream()
			.filter(card -> !card.critical() && card.cardType() != null && card.orderedStudy() != null)
			.toList();
		return ask(patientId, userId, suppressible, (patientHash, userHash) -> {
			Set<String> repeats = new LinkedHashSet<>();
			for (IssuedCard card : suppressible) {
				if (overriddenSince(since, patientHash, userHash, card)) {
					repeats.add(card.uuid());
				}
			}
			return repeats;
		});
	}

	/**
	 * The uuids of the cards of {@code quietCardTypes} this user was already shown for
	 * this patient and ordered study by another service (order-select) within the window
	 * and did not accept: an information card is not repeated on order-sign. Like
	 * {@link #recentlyOverridden}, every card is shown when the store cannot answer.
	 */
	public Set<String> alreadyShownElsewhere(String serviceId, String patientId, String userId, List<IssuedCard> cards,
			Set<String> quietCardTypes) {
		Instant since = clock.instant().minus(properties.window());
		List<IssuedCard> quiet = cards.stream()
			.filter(card -> !card.critical() && quietCardTypes.contains(card.cardType()) && card.orderedStudy() != null)
			.toList();
		return ask(patientId, userId, quiet, (patientHash, userHash) -> {
			Set<String> repeats = new LinkedHashSet<>();
			for (IssuedCard card : quiet) {
				if (audit.pendingShownElsewhere(serviceId, patientId, userId, card)
						|| shownElsewhereSince(since, serviceId, patientHash, userHash, card)) {
					repeats.add(card.uuid());
				}
			}
			return repeats;
		});
	}

	/**
	 * The query's answer for the hashed patient and user, within the request path's
	 * bound; nothing (every card shown) when no card could be held back, the ids are
	 * missing or the database cannot answer.
	 */
	private Set<String> ask(String patientId, String userId, List<IssuedCard> candidates,
			BiFunction<String, String, Set<String>> query) {
		if (candidates.isEmpty()) {
			// most calls: no card, or only critical ones; no reason to ask the database
			return Set.of();
		}
		String patientHash = hasher.hash(patientId);
		String userHash = hasher.hash(userId);
		if (patientHash == null || userHash == null || !availability.mayTry()) {
			return Set.of();
		}
		Set<String> repeats;
		try {
			repeats = database.call(() -> query.apply(patientHash, userHash));
		}
		catch (DataAccessException e) {
			availability.failed(e);
			LOG.warn("Alert-fatigue check failed, showing every card: {}", e.getMessage());
			return Set.of();
		}
		availability.succeeded();
		return repeats;
	}

	private boolean shownElsewhereSince(Instant since, String serviceId, String patientHash, String userHash,
			IssuedCard card) {
		return jdbc.sql("""
				select 1 from hook_card c
				where c.service_id <> :serviceId and c.issued_at > :since and c.suppressed = false
					and c.patient_hash = :patientHash and c.user_hash = :userHash
					and c.card_type = :cardType and c.ordered_study = :orderedStudy
					and not exists (select 1 from feedback f
						where f.card_uuid = c.card_uuid and f.outcome = 'accepted')
				fetch first 1 row only""")
			.param("serviceId", Columns.fit(serviceId, 64))
			.param("since", Columns.utc(since))
			.param("patientHash", patientHash)
			.param("userHash", userHash)
			.param("cardType", Columns.fit(card.cardType(), 100))
			.param("orderedStudy", Columns.fit(card.orderedStudy(), 255))
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	private boolean overriddenSince(Instant since, String patientHash, String userHash, IssuedCard card) {
		return jdbc.sql("""
				select count(*) from feedback f
				where f.outcome = 'overridden' and f.received_at > :since
					and exists (select 1 from hook_card c
						where c.card_uuid = f.card_uuid and c.service_id = f.service_id
							and c.patient_hash = :patientHash and c.user_hash = :userHash
							and c.card_type = :cardType and c.ordered_study = :orderedStudy)""")
			.param("since", Columns.utc(since))
			.param("patientHash", patientHash)
			.param("userHash", userHash)
			.param("cardType", Columns.fit(card.cardType(), 100))
			.param("orderedStudy", Columns.fit(card.orderedStudy(), 255))
			.query(Long.class)
			.single() > 0;
	}

}

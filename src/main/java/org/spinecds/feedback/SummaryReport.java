package org.spinecds.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.spinecds.feedback.Summary.CardTypeSummary;
import org.spinecds.feedback.Summary.Percentiles;
import org.spinecds.feedback.Summary.ServiceSummary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Computes the summary with a handful of grouped queries that run unchanged on H2 and
 * PostgreSQL. An admin's report, not order entry: its statements have the audit writer's
 * timeout, not the request path's.
 */
class SummaryReport {

	static final String NO_CARD_TYPE = "(none)";

	private final JdbcClient jdbc;

	SummaryReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Summary between(Instant from, Instant to) {
		Map<String, Map<String, Long>> calls = callsByOutcome(from, to);
		Map<String, Percentiles> durations = durations(from, to);
		Map<String, Long> unmatched = unmatchedFeedback(from, to);
		Map<String, Map<String, CardCounts>> cards = cardCounts(from, to);
		TreeSet<String> serviceIds = new TreeSet<>();
		serviceIds.addAll(calls.keySet());
		serviceIds.addAll(unmatched.keySet());
		serviceIds.addAll(cards.keySet());
		List<ServiceSummary> services = new ArrayList<>();
		for (String serviceId : serviceIds) {
			List<CardTypeSummary> cardTypes = cards.getOrDefault(serviceId, Map.of())
				.entrySet()
				.stream()
				.map(entry -> entry.getValue().summary(entry.getKey()))
				.toList();
			services.add(new ServiceSummary(serviceId, calls.getOrDefault(serviceId, Map.of()),
					durations.getOrDefault(serviceId, new Percentiles(null, null)),
					unmatched.getOrDefault(serviceId, 0L), cardTypes));
		}
		return new Summary(from.toString(), to.toString(), services);
	}

	private Map<String, Map<String, Long>> callsByOutcome(Instant from, Instant to) {
		Map<String, Map<String, Long>> calls = new TreeMap<>();
		range(jdbc.sql("""
				select service_id, outcome, count(*) as n from hook_call
				where called_at >= :from and called_at < :to
				group by service_id, outcome"""), from, to).query(row -> {
			calls.computeIfAbsent(row.getString("service_id"), id -> new TreeMap<>())
				.put(row.getString("outcome"), row.getLong("n"));
		});
		return calls;
	}

	private Map<String, Percentiles> durations(Instant from, Instant to) {
		Map<String, Percentiles> durations = new TreeMap<>();
		range(jdbc.sql("""
				select service_id,
					percentile_disc(0.5) within group (order by duration_ms) as p50,
					percentile_disc(0.95) within group (order by duration_ms) as p95
				from hook_call
				where outcome = 'ok' and called_at >= :from and called_at < :to
				group by service_id"""), from, to).query(row -> {
			durations.put(row.getString("service_id"), new Percentiles(row.getLong("p50"), row.getLong("p95")));
		});
		return durations;
	}

	private Map<String, Long> unmatchedFeedback(Instant from, Instant to) {
		Map<String, Long> unmatched = new TreeMap<>();
		range(jdbc.sql("""
				select service_id, count(*) as n from feedback
				where not matched and received_at >= :from and received_at < :to
				group by service_id"""), from, to).query(row -> {
			unmatched.put(row.getString("service_id"), row.getLong("n"));
		});
		return unmatched;
	}

	private Map<String, Map<String, CardCounts>> cardCounts(Instant from, Instant to) {
		Map<String, Map<String, CardCounts>> counts = new TreeMap<>();
		range(jdbc.sql("""
				select service_id, card_type,
					sum(case when suppressed then 0 else 1 end) as shown,
					sum(case when suppressed then 1 else 0 end) as suppressed
				from hook_card
				where issued_at >= :from and issued_at < :to
				group by service_id, card_type"""), from, to).query(row -> {
			CardCounts card = counts(counts, row.getString("service_id"), row.getString("card_type"));
			card.shown = row.getLong("shown");
			card.suppressed = row.getLong("suppressed");
		});
		range(jdbc.sql("""
				select c.service_id, c.card_type, f.outcome, count(distinct f.card_uuid) as n
				from feedback f join hook_card c on c.card_uuid = f.card_uuid and c.service_id = f.service_id
				where c.issued_at >= :from and c.issued_at < :to
				group by c.service_id, c.card_type, f.outcome"""), from, to).query(row -> {
			CardCounts card = counts(counts, row.getString("service_id"), row.getString("card_type"));
			if ("accepted".equals(row.getString("outcome"))) {
				card.accepted = row.getLong("n");
			}
			else {
				card.overridden = row.getLong("n");
			}
		});
		range(jdbc.sql("""
				select c.service_id, c.card_type, f.override_reason_code,
					case when f.override_user_comment is null then 0 else 1 end as commented, count(*) as n
				from feedback f join hook_card c on c.card_uuid = f.card_uuid and c.service_id = f.service_id
				where f.outcome = 'overridden' and c.issued_at >= :from and c.issued_at < :to
				group by c.service_id, c.card_type, f.override_reason_code,
					case when f.override_user_comment is null then 0 else 1 end"""), from, to).query(row -> {
			String reason = row.getString("override_reason_code") != null ? row.getString("override_reason_code")
					: row.getInt("commented") == 1 ? "(comment only)" : "(none)";
			counts(counts, row.getString("service_id"), row.getString("card_type")).overrideReasons.merge(reason,
					row.getLong("n"), Long::sum);
		});
		return counts;
	}

	private static CardCounts counts(Map<String, Map<String, CardCounts>> counts, String serviceId, String cardType) {
		return counts.computeIfAbsent(serviceId, id -> new TreeMap<>())
			.computeIfAbsent(Objects.requireNonNullElse(cardType, NO_CARD_TYPE), type -> new CardCounts());
	}

	private static JdbcClient.StatementSpec range(JdbcClient.StatementSpec statement, Instant from, Instant to) {
		return statement.param("from", Columns.utc(from)).param("to", Columns.utc(to));
	}

	private static final class CardCounts {

		long shown;

		long accepted;

		long overridden;

		long suppressed;

		final Map<String, Long> overrideReasons = new TreeMap<>();

		CardTypeSummary summary(String cardType) {
			Double rate = shown == 0 ? null : Math.round(1000.0 * accepted / shown) / 1000.0;
			return new CardTypeSummary(cardType, shown, accepted, overridden, suppressed, rate, overrideReasons);
		}

	}

}

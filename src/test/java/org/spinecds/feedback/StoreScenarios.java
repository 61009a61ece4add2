package org.spinecds.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.feedback.FeedbackBodies.accepted;
import static org.spinecds.feedback.FeedbackBodies.body;
import static org.spinecds.feedback.FeedbackBodies.overridden;
import static org.spinecds.feedback.StoreTestConfig.TODAY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinecds.SpineImagingCdsApplication;
import org.spinecds.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The store's behaviour end to end over HTTP, written once and run against each database
 * the service supports (see the subclasses): feedback round trip, idempotency, unmatched
 * cards, the audit row of every call, and the alert-fatigue window.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		classes = { SpineImagingCdsApplication.class, StoreTestConfig.class },
		properties = { "cds.alert-fatigue.window=24h", "cds.admin.token=" + StoreScenarios.ADMIN_TOKEN,
				"cds.audit.retention=30d" })
abstract class StoreScenarios {

	/**
	 * A late foot drop on CT: an info card (CT may be appropriate, MRI w/o+w named
	 * first).
	 */
	static final String WARNING_SCENARIO = "late-discectomy-ct-without-contrast";
	static final String CRITICAL_SCENARIO = "early-fusion-mri-without-contrast";
	static final Duration WINDOW = Duration.ofHours(24);
	static final String ADMIN_TOKEN = "test-admin-token";

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	HookCallAudit audit;

	@Autowired
	FeedbackStore feedbackStore;

	@Autowired
	AlertFatigue alertFatigue;

	@Autowired
	AuditRetention retention;

	@Autowired
	AuditWriter writer;

	AuditBatchStore batchStore;

	Http http;

	@BeforeEach
	void emptyStore() {
		http = new Http(port, () -> audit.awaitWritten(Duration.ofSeconds(10)));
		batchStore = writer.store();
		clock.set(TODAY);
		for (String table : List.of("feedback", "hook_card", "rated_order", "hook_call")) {
			jdbc.sql("delete from " + table).update();
		}
	}

	@Test
	void feedbackInTheSpecShapeIsStoredAndJoinedToTheCard() {
		JsonNode card = onlyCard(http.hook("order-select", Http.example(WARNING_SCENARIO, "order-select")));
		String cardUuid = card.get("uuid").asText();
		String suggestionUuid = card.at("/suggestions/0/uuid").asText();

		HttpResponse<String> answer = http.post("/cds-services/lumbar-imaging-order-select/feedback", body(
				accepted(cardUuid, suggestionUuid, "2026-11-20T12:01:00Z"),
				overridden(cardUuid, "patient-declines", "Wants to discuss with family", "2026-11-20T12:02:00+01:00")));

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		List<Map<String, Object>> rows = jdbc.sql("""
				select card_uuid, matched, outcome, accepted_suggestions, override_reason_system, override_reason_code,
					override_user_comment, outcome_timestamp
				from feedback order by outcome""").query().listOfRows();
		assertThat(rows).hasSize(2);
		assertThat(lower(rows.get(0))).containsEntry("card_uuid", cardUuid)
			.containsEntry("matched", true)
			.containsEntry("outcome", "accepted")
			.containsEntry("accepted_suggestions", suggestionUuid);
		assertThat(lower(rows.get(1))).containsEntry("outcome", "overridden")
			.containsEntry("matched", true)
			.containsEntry("override_reason_system", FeedbackBodies.OVERRIDE_REASONS)
			.containsEntry("override_reason_code", "patient-declines")
			.containsEntry("override_user_comment", "Wants to discuss with family");
		assertThat(jdbc.sql("select count(*) from feedback where outcome_timestamp = :t")
			.param("t", Columns.utc(Instant.parse("2026-11-20T11:02:00Z")))
			.query(Long.class)
			.single()).as("outcomeTimestamp kept as the instant it names").isEqualTo(1);
	}

	@Test
	void theSameItemSentTwiceIsStoredOnce() {
		JsonNode card = onlyCard(http.hook("order-select", Http.example(WARNING_SCENARIO, "order-select")));
		String item = body(overridden(card.get("uuid").asText(), "other", null, "2026-11-20T12:01:00Z"));
		String sameMomentOtherSpelling = body(
				overridden(card.get("uuid").asText(), "other", null, "2026-11-20T13:01:00+01:00"));

		for (String body : List.of(item, item, sameMomentOtherSpelling)) {
			assertThat(http.post("/cds-services/lumbar-imaging-order-select/feedback", body).statusCode())
				.isEqualTo(200);
		}
		http.post("/cds-services/lumbar-imaging-order-select/feedback",
				body(overridden(card.get("uuid").asText(), "other", null, "2026-11-20T12:01:00Z"),
						overridden(card.get("uuid").asText(), "other", null, "2026-11-20T12:01:00Z")));

		assertThat(count("feedback")).isEqualTo(1);
	}

	@Test
	void feedbackForACardNeverIssuedIsStoredAsUnmatched() {
		HttpResponse<String> answer = http.post("/cds-services/lumbar-imaging-order-sign/feedback",
				body(overridden("not-a-card-we-issued", null, "Wrong patient", "2026-11-20T12:01:00Z")));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select matched from feedback where card_uuid = 'not-a-card-we-issued'")
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void everyHookCallLeavesOneAuditRowWithHashedIdsOnly() {
		http.post("/cds-services/lumbar-imaging-order-select",
				Http.example(WARNING_SCENARIO, "order-select").toString(), StoreTestConfig.ISS_HEADER,
				"https://ehr.example.org");
		ObjectNode noPrefetch = Http.example(WARNING_SCENARIO, "order-sign");
		noPrefetch.remove("prefetch");
		http.post("/cds-services/lumbar-imaging-order-sign", noPrefetch.toString());
		ObjectNode noHookInstance = Http.example(WARNING_SCENARIO, "order-sign");
		noHookInstance.remove("hookInstance");
		http.post("/cds-services/lumbar-imaging-order-sign", noHookInstance.toString());

		List<Map<String, Object>> calls = jdbc.sql("""
				select service_id, hook, hook_instance, jwt_iss, patient_hash, user_hash, outcome, cards_shown,
					cards_suppressed, duration_ms
				from hook_call order by id""").query().listOfRows().stream().map(StoreScenarios::lower).toList();
		assertThat(calls).extracting(call -> call.get("outcome")).containsExactly("ok", "412", "400");
		Map<String, Object> answered = calls.get(0);
		assertThat(answered).containsEntry("service_id", "lumbar-imaging-order-select")
			.containsEntry("hook", "order-select")
			.containsEntry("jwt_iss", "https://ehr.example.org")
			.containsEntry("cards_shown", 1)
			.containsEntry("cards_suppressed", 0);
		assertThat((String) answered.get("patient_hash")).hasSize(64).isNotEqualTo("pt-late-discectomy");
		assertThat(calls).extracting(call -> call.get("patient_hash")).containsOnly(answered.get("patient_hash"));
		assertThat((String) answered.get("user_hash")).hasSize(64).isNotEqualTo(answered.get("patient_hash"));
		assertThat(calls).extracting(call -> call.get("user_hash")).containsOnly(answered.get("user_hash"));
		assertThat(calls.get(1).get("jwt_iss")).isNull();
		assertThat(calls.get(2).get("hook_instance")).isNull();

		Map<String, Object> rating = lower(jdbc.sql("select order_code, rating from rated_order").query().singleRow());
		assertThat(rating).containsEntry("order_code", "http://www.ama-assn.org/go/cpt|72131")
			.containsEntry("rating", "may-be-appropriate");
		Map<String, Object> card = lower(jdbc.sql("""
				select card_type, indicator, ordered_study, suggestion_uuids, suppressed from hook_card""")
			.query()
			.singleRow());
		assertThat(card).containsEntry("card_type", "post-op-foot-drop-lumbar-mri")
			.containsEntry("indicator", "info")
			.containsEntry("ordered_study", "http://www.ama-assn.org/go/cpt|72131")
			.containsEntry("suppressed", false);
		assertThat((String) card.get("suggestion_uuids")).hasSize(36);
	}

	@Test
	void aBatchRetriedAfterALostCommitStoresNothingTwice() {
		IssuedCard card = new IssuedCard("batch-card", List.of(), "type-a", "warning", "system|code");
		QueuedCall first = new QueuedCall("key-1",
				new AuditedHookCall(TODAY, SummarySeed.SELECT, "order-select", "same-instance", null, "patient-1",
						"user-1", AuditedHookCall.OK, 10, List.of(new RatedOrder("system|code", "usually-appropriate")),
						List.of(card), List.of()));
		QueuedCall second = new QueuedCall("key-2", new AuditedHookCall(TODAY, SummarySeed.SELECT, "order-select",
				"same-instance", null, "patient-1", "user-1", AuditedHookCall.OK, 10, List.of(), List.of(), List.of()));

		batchStore.write(List.of(first));
		batchStore.write(List.of(first, second));
		batchStore.write(List.of(first, second));

		assertThat(jdbc.sql("select call_key from hook_call order by id").query(String.class).list())
			.as("one row per call, even for a resent hookInstance")
			.containsExactly("key-1", "key-2");
		assertThat(count("hook_card")).isEqualTo(1);
		assertThat(count("rated_order")).isEqualTo(1);
	}

	@Test
	void anOverriddenCardStaysHiddenForTheWindowThenComesBack() {
		JsonNode card = onlyCard(http.hook("order-select", Http.example(WARNING_SCENARIO, "order-select")));
		http.post("/cds-services/lumbar-imaging-order-select/feedback",
				body(overridden(card.get("uuid").asText(), "recent-equivalent-imaging", null, "2026-11-20T12:00:30Z")));

		clock.advance(WINDOW.minusMillis(1));
		JsonNode reselected = http.hook("order-select", Http.example(WARNING_SCENARIO, "order-select"));
		JsonNode signed = http.hook("order-sign", Http.example(WARNING_SCENARIO, "order-sign"));
		assertThat(reselected.get("cards")).isEmpty();
		assertThat(signed.get("cards")).isEmpty();
		assertThat(signed.at("/systemActions/0/resource/extension/0/valueCodeableConcept/coding/1/code").asText())
			.as("the rating is still attached")
			.isEqualTo("may-be-appropriate");
		assertThat(signed.at("/extension/systemActions")).hasSize(1);

		clock.advance(Duration.ofMillis(1));
		assertThat(http.hook("order-sign", Http.example(WARNING_SCENARIO, "order-sign")).get("cards")).hasSize(1);

		assertThat(jdbc.sql("select cards_shown, cards_suppressed from hook_call order by id").query().listOfRows())
			.map(StoreScenarios::lower)
			.containsExactly(Map.of("cards_shown", 1, "cards_suppressed", 0),
					Map.of("cards_shown", 0, "cards_suppressed", 1), Map.of("cards_shown", 0, "cards_suppressed", 1),
					Map.of("cards_shown", 1, "cards_suppressed", 0));
		assertThat(jdbc.sql("select count(*) from hook_card where suppressed").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void anotherUserStillSeesTheCard() {
		JsonNode card = onlyCard(http.hook("order-select", Http.example(WARNING_SCENARIO, "order-select")));
		http.post("/cds-services/lumbar-imaging-order-select/feedback",
				body(overridden(card.get("uuid").asText(), "other", null, "2026-11-20T12:00:30Z")));

		ObjectNode colleague = Http.example(WARNING_SCENARIO, "order-sign");
		((ObjectNode) colleague.get("context")).put("userId", "Practitioner/a-colleague");
		assertThat(http.hook("order-sign", colleague).get("cards")).hasSize(1);
	}

	@Test
	void anAcceptedCardIsNotHidden() {
		JsonNode card = onlyCard(http.hook("order-select", Http.example(WARNING_SCENARIO, "order-select")));
		http.post("/cds-services/lumbar-imaging-order-select/feedback", body(
				accepted(card.get("uuid").asText(), card.at("/suggestions/0/uuid").asText(), "2026-11-20T12:00:30Z")));

		assertThat(http.hook("order-sign", Http.example(WARNING_SCENARIO, "order-sign")).get("cards")).hasSize(1);
	}

	@Test
	void aCriticalCardIsNeverHidden() {
		JsonNode card = onlyCard(http.hook("order-select", Http.example(CRITICAL_SCENARIO, "order-select")));
		assertThat(card.get("indicator").asText()).isEqualTo("critical");
		http.post("/cds-services/lumbar-imaging-order-select/feedback", body(
				overridden(card.get("uuid").asText(), "other", "Seen by the surgeon already", "2026-11-20T12:00:30Z")));

		clock.advance(Duration.ofMinutes(5));
		assertThat(http.hook("order-sign", Http.example(CRITICAL_SCENARIO, "order-sign")).get("cards")).hasSize(1);
	}

	@Test
	void onlyTheSameUserPatientCardTypeAndStudyAreHeldBack() {
		String study = "http://www.ama-assn.org/go/cpt|72131";
		IssuedCard overriddenCard = new IssuedCard("card-1", List.of("suggestion-1"), "type-a", "warning", study);
		audit.record(new AuditedHookCall(TODAY, SummarySeed.SELECT, "order-select", "hook-1", null, "patient-1",
				"user-1", AuditedHookCall.OK, 10, List.of(), List.of(overriddenCard), List.of()));
		audit.awaitWritten(Duration.ofSeconds(10));
		feedbackStore.store(SummarySeed.SELECT,
				FeedbackReader.read(Http.read(body(overridden("card-1", "other", null, "2026-11-20T12:00:00Z")))));

		IssuedCard repeat = new IssuedCard("card-2", List.of(), "type-a", "warning", study);
		assertThat(alertFatigue.recentlyOverridden("patient-1", "user-1", List.of(repeat))).containsExactly("card-2");
		assertThat(alertFatigue.recentlyOverridden("patient-2", "user-1", List.of(repeat))).isEmpty();
		assertThat(alertFatigue.recentlyOverridden("patient-1", "user-2", List.of(repeat))).isEmpty();
		assertThat(alertFatigue.recentlyOverridden("patient-1", null, List.of(repeat))).as("no userId").isEmpty();
		assertThat(alertFatigue.recentlyOverridden("patient-1", "user-1",
				List.of(new IssuedCard("card-3", List.of(), "type-b", "warning", study))))
			.as("other card type")
			.isEmpty();
		assertThat(alertFatigue.recentlyOverridden("patient-1", "user-1",
				List.of(new IssuedCard("card-4", List.of(), "type-a", "warning", "http://loinc.org|24967-2"))))
			.as("other ordered study")
			.isEmpty();
		assertThat(alertFatigue.recentlyOverridden("patient-1", "user-1",
				List.of(new IssuedCard("card-5", List.of(), "type-a", "critical", study))))
			.as("critical")
			.isEmpty();
	}

	@Test
	void anIndicationRequestShownOnSelectIsNotRepeatedOnSignToTheSameUser() {
		JsonNode card = onlyCard(http.hook("order-select", Http.example("no-surgery", "order-select")));
		assertThat(card.at("/source/topic/code").asText()).isEqualTo("acr-low-back-pain-indication-needed");

		assertThat(http.hook("order-sign", Http.example("no-surgery", "order-sign")).get("cards")).isEmpty();
		ObjectNode colleague = Http.example("no-surgery", "order-sign");
		((ObjectNode) colleague.get("context")).put("userId", "Practitioner/a-colleague");
		assertThat(http.hook("order-sign", colleague).get("cards")).hasSize(1);
	}

	@Test
	void anIndicationRequestStillQueuedForTheAuditCountsAsShown() {
		String study = "http://www.ama-assn.org/go/cpt|72148";
		IssuedCard shown = new IssuedCard("card-q", List.of(), "acr-low-back-pain-indication-needed", "info", study);
		audit.record(new AuditedHookCall(TODAY, SummarySeed.SELECT, "order-select", "hook-q", null, "patient-1",
				"user-1", AuditedHookCall.OK, 10, List.of(), List.of(shown), List.of()));
		IssuedCard again = new IssuedCard("card-r", List.of(), "acr-low-back-pain-indication-needed", "info", study);
		// queued or written: either way the card was shown on order-select
		assertThat(alertFatigue.alreadyShownElsewhere("lumbar-imaging-order-sign", "patient-1", "user-1",
				List.of(again), Set.of("acr-low-back-pain-indication-needed")))
			.containsExactly("card-r");
		audit.awaitWritten(Duration.ofSeconds(10));
		assertThat(alertFatigue.alreadyShownElsewhere("lumbar-imaging-order-sign", "patient-1", "user-1",
				List.of(again), Set.of("acr-low-back-pain-indication-needed")))
			.containsExactly("card-r");
		assertThat(alertFatigue.alreadyShownElsewhere(SummarySeed.SELECT, "patient-1", "user-1", List.of(again),
				Set.of("acr-low-back-pain-indication-needed")))
			.as("the same service")
			.isEmpty();
		assertThat(alertFatigue.alreadyShownElsewhere("lumbar-imaging-order-sign", "patient-1", "user-1",
				List.of(again), Set.of("another-type")))
			.as("not a quiet card type")
			.isEmpty();
	}

	@Test
	void theSummaryCountsASeededSetExactly() {
		new SummarySeed(audit, feedbackStore).write();

		HttpResponse<String> answer = http.get("/admin/summary?from=" + SummarySeed.FROM + "&to=2026-11-21",
				"Authorization", "Bearer " + ADMIN_TOKEN);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(Http.read(answer.body())).isEqualTo(Http.read(SummarySeed.EXPECTED));
	}

	@Test
	void theSummaryWantsTheAdminToken() {
		HttpResponse<String> without = http.get("/admin/summary");
		HttpResponse<String> wrong = http.get("/admin/summary", "Authorization", "Bearer not-the-token");

		for (HttpResponse<String> answer : List.of(without, wrong)) {
			assertThat(answer.statusCode()).isEqualTo(401);
			assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
			assertThat(Http.read(answer.body()).get("resourceType").asText()).isEqualTo("OperationOutcome");
		}
	}

	@Test
	void callsCardsRatingsAndFeedbackOlderThanTheRetentionAreDeletedTheRestKept() {
		clock.set(TODAY.minus(Duration.ofDays(31)));
		String oldCard = callAndOverride();
		clock.set(TODAY.minus(Duration.ofDays(29)));
		String keptCard = callAndOverride();
		// more old calls than one delete transaction takes
		int bulk = AuditRetention.CALLS_PER_TRANSACTION * 2 + 1;
		for (int call = 0; call < bulk; call++) {
			jdbc.sql("""
					insert into hook_call (called_at, service_id, outcome, duration_ms, cards_shown, cards_suppressed)
					values (:calledAt, 'lumbar-imaging-order-select', 'ok', 5, 0, 0)""")
				.param("calledAt", Columns.utc(TODAY.minus(Duration.ofDays(40))))
				.update();
		}
		clock.set(TODAY);

		AuditRetention.Purged purged = retention.purge();

		assertThat(purged).isEqualTo(new AuditRetention.Purged(bulk + 1, 1));
		assertThat(jdbc.sql("select card_uuid from hook_card").query(String.class).list()).containsExactly(keptCard);
		assertThat(jdbc.sql("select card_uuid from feedback").query(String.class).list()).containsExactly(keptCard);
		assertThat(count("hook_call")).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from rated_order where hook_call_id not in (select id from hook_call)")
			.query(Long.class)
			.single()).isZero();
		assertThat(count("rated_order")).isPositive();
		assertThat(oldCard).isNotEqualTo(keptCard);
		assertThat(retention.purge()).as("nothing left to delete").isEqualTo(new AuditRetention.Purged(0, 0));
	}

	/** A hook call with one card, overridden by the user; returns the card's uuid. */
	private String callAndOverride() {
		String cardUuid = onlyCard(http.hook("order-select", Http.example(WARNING_SCENARIO, "order-select")))
			.get("uuid")
			.asText();
		assertThat(http
			.post("/cds-services/lumbar-imaging-order-select/feedback",
					body(overridden(cardUuid, "other", null, clock.instant().toString())))
			.statusCode()).isEqualTo(200);
		return cardUuid;
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	static JsonNode onlyCard(JsonNode response) {
		assertThat(response.get("cards")).hasSize(1);
		return response.get("cards").get(0);
	}

	/**
	 * H2 reports column labels in upper case, PostgreSQL in lower case; numbers come back
	 * as various types.
	 */
	static Map<String, Object> lower(Map<String, Object> row) {
		Map<String, Object> lowered = new TreeMap<>();
		row.forEach((key, value) -> lowered.put(key.toLowerCase(Locale.ROOT),
				value instanceof Number number && !(value instanceof Double) ? (Object) number.intValue() : value));
		return lowered;
	}

}

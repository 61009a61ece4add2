package org.spinecds.feedback;

import static org.spinecds.feedback.FeedbackBodies.accepted;
import static org.spinecds.feedback.FeedbackBodies.body;
import static org.spinecds.feedback.FeedbackBodies.overridden;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A known set of calls, cards and feedback, written through the store's own API, whose
 * summary over [{@link #FROM}, {@link #TO}) is worked out by hand in {@link #EXPECTED}.
 */
final class SummarySeed {

	static final String SELECT = "lumbar-imaging-order-select";
	static final String SIGN = "lumbar-imaging-order-sign";
	static final String CARD_TYPE = "post-op-foot-drop-lumbar-mri";
	static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
	static final Instant TO = Instant.parse("2026-11-21T00:00:00Z");

	static final String EXPECTED = """
			{"from": "2026-11-01T00:00:00Z", "to": "2026-11-21T00:00:00Z", "services": [
				{"serviceId": "lumbar-imaging-order-select",
				 "calls": {"400": 2, "412": 1, "ok": 20},
				 "durationMs": {"p50": 10, "p95": 19},
				 "unmatchedFeedback": 1,
				 "cardTypes": [{"cardType": "post-op-foot-drop-lumbar-mri", "shown": 10, "accepted": 4, "overridden": 3,
					"suppressed": 2, "acceptanceRate": 0.4,
					"overrideReasons": {"(comment only)": 1, "patient-declines": 2}}]},
				{"serviceId": "lumbar-imaging-order-sign",
				 "calls": {"ok": 3},
				 "durationMs": {"p50": 7, "p95": 100},
				 "unmatchedFeedback": 0,
				 "cardTypes": [{"cardType": "post-op-foot-drop-lumbar-mri", "shown": 1, "accepted": 0, "overridden": 0,
					"suppressed": 0, "acceptanceRate": 0.0, "overrideReasons": {}}]}
			]}""";

	private final HookCallAudit audit;

	private final FeedbackStore feedback;

	SummarySeed(HookCallAudit audit, FeedbackStore feedback) {
		this.audit = audit;
		this.feedback = feedback;
	}

	void write() {
		Instant day = Instant.parse("2026-11-10T00:00:00Z");
		// order-select: 20 answered calls of 1..20 ms; the first 10 show a card, the next
		// 2 hold one back.
		for (int i = 0; i < 20; i++) {
			List<IssuedCard> shown = i < 10 ? List.of(card("sel-" + i)) : List.of();
			List<IssuedCard> held = i == 10 || i == 11 ? List.of(card("sel-held-" + i)) : List.of();
			call(SELECT, day.plus(Duration.ofMinutes(i)), "ok", i + 1, shown, held);
		}
		call(SELECT, day, "400", 1000, List.of(), List.of());
		call(SELECT, day, "400", 1000, List.of(), List.of());
		call(SELECT, day, "412", 1000, List.of(), List.of());
		// Outside the range: neither the call nor the card nor its feedback count.
		call(SELECT, Instant.parse("2026-10-01T00:00:00Z"), "ok", 5000, List.of(card("old-0")), List.of());
		call(SIGN, TO, "ok", 5000, List.of(), List.of());

		call(SIGN, day, "ok", 5, List.of(card("sign-0")), List.of());
		call(SIGN, day, "ok", 7, List.of(), List.of());
		call(SIGN, day, "ok", 100, List.of(), List.of());
		audit.awaitWritten(Duration.ofSeconds(10));

		feedback(SELECT, accepted("sel-0", "sel-0-suggestion", "2026-11-10T01:00:00Z"),
				accepted("sel-0", "sel-0-suggestion", "2026-11-10T01:05:00Z"),
				accepted("sel-1", "sel-1-suggestion", "2026-11-10T01:00:00Z"),
				accepted("sel-2", "sel-2-suggestion", "2026-11-10T01:00:00Z"),
				accepted("sel-3", "sel-3-suggestion", "2026-11-10T01:00:00Z"),
				overridden("sel-4", "patient-declines", null, "2026-11-10T01:00:00Z"),
				overridden("sel-5", "patient-declines", "Will call back", "2026-11-10T01:00:00Z"),
				overridden("sel-6", null, "Already imaged elsewhere", "2026-11-10T01:00:00Z"),
				overridden("old-0", "other", null, "2026-10-01T01:00:00Z"),
				overridden("never-issued", "other", null, "2026-11-10T01:00:00Z"));
	}

	private void call(String serviceId, Instant at, String outcome, long durationMs, List<IssuedCard> shown,
			List<IssuedCard> held) {
		String hook = serviceId.equals(SELECT) ? "order-select" : "order-sign";
		audit.record(new AuditedHookCall(at, serviceId, hook, "hook-instance", null, "patient-1", "user-1", outcome,
				durationMs, List.of(), shown, held));
	}

	private void feedback(String serviceId, ObjectNode... items) {
		feedback.store(serviceId, FeedbackReader.read(Http.read(body(items))));
	}

	private static IssuedCard card(String uuid) {
		return new IssuedCard(uuid, List.of(uuid + "-suggestion"), CARD_TYPE, "warning",
				"http://www.ama-assn.org/go/cpt|72131");
	}

}

package org.spinecds.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spinecds.security.ReplayProperties.OnStoreFailure;
import org.spinecds.testing.MutableClock;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Replay protection while the shared jti store comes and goes: answered by the store
 * while it is there; during an outage checked in this replica's memory (or refused, by
 * setting), said once, and written back when the store returns.
 */
@ExtendWith(OutputCaptureExtension.class)
class DegradingReplayCacheTest {

	static final String ISSUER = "https://ehr.test.example";
	static final String OUTAGE_STARTS = "Replay store unreachable (";
	static final String OUTAGE_ENDS = "Replay store reachable again";

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:00:00Z"));

	final SwitchableReplayStore store = new SwitchableReplayStore(clock);

	MeterRegistry metrics;

	DegradingReplayCache cache = cache(OnStoreFailure.DEGRADE_LOCALLY, 100);

	@AfterEach
	void stopStoreThreads() {
		cache.close();
	}

	/** A cache of its own, with meters of its own. */
	DegradingReplayCache cache(OnStoreFailure onStoreFailure, int localMaxEntries) {
		metrics = new SimpleMeterRegistry();
		return new DegradingReplayCache(store,
				new ReplayProperties(onStoreFailure, Duration.ofMillis(200), Duration.ofSeconds(5), localMaxEntries),
				clock, metrics);
	}

	Instant inSixMinutes() {
		return clock.instant().plus(Duration.ofMinutes(6));
	}

	@Test
	void theSharedStoreAnswersWhileItIsReachable() {
		assertThat(cache.firstUse(ISSUER, "jti-1", inSixMinutes())).isTrue();
		assertThat(cache.firstUse(ISSUER, "jti-1", inSixMinutes())).isFalse();

		assertThat(store.rows).containsKey(SwitchableReplayStore.row(ISSUER, "jti-1"));
		assertThat(store.calls).hasValue(2);
		assertThat(degraded()).isZero();
	}

	@Test
	void anOutageIsSaidOnceAndOnlyItsFirstCallAsksTheStore(CapturedOutput output) {
		store.goDown();

		for (int token = 0; token < 5; token++) {
			assertThat(cache.firstUse(ISSUER, "jti-" + token, inSixMinutes())).isTrue();
		}

		assertThat(store.calls).as("calls during the outage do not wait for the store").hasValue(1);
		assertThat(occurrences(output, OUTAGE_STARTS)).isOne();
		assertThat(output).contains("Connection to the test store refused");
		assertThat(degraded()).isOne();
		assertThat(metrics.get("cds.replay.store.outages").counter().count()).isOne();
		assertThat(metrics.get("cds.replay.local.accepted").counter().count()).isEqualTo(5);
		assertThat(metrics.get("cds.replay.local.size").gauge().value()).isEqualTo(5);
	}

	@Test
	void aReplayToTheSameReplicaIsRefusedDuringAnOutage() {
		store.goDown();

		assertThat(cache.firstUse(ISSUER, "jti-1", inSixMinutes())).isTrue();
		assertThat(cache.firstUse(ISSUER, "jti-1", inSixMinutes())).isFalse();
		assertThat(cache.firstUse("https://other.test.example", "jti-1", inSixMinutes())).as("another issuer's jti")
			.isTrue();
	}

	@Test
	void tokensAcceptedDuringAnOutageAreWrittenBackWithTheirExpiryWhenItEnds(CapturedOutput output) {
		Instant firstKeepUntil = inSixMinutes();
		store.goDown();
		cache.firstUse(ISSUER, "jti-1", firstKeepUntil);
		clock.advance(Duration.ofSeconds(30));
		cache.firstUse(ISSUER, "jti-2", inSixMinutes());

		cache.retryStore();
		assertThat(degraded()).as("the store is still down").isOne();
		assertThat(output).doesNotContain(OUTAGE_ENDS);

		store.comeBack();
		cache.retryStore();

		assertThat(store.rows).containsEntry(SwitchableReplayStore.row(ISSUER, "jti-1"), firstKeepUntil)
			.containsEntry(SwitchableReplayStore.row(ISSUER, "jti-2"), firstKeepUntil.plusSeconds(30));
		assertThat(degraded()).isZero();
		assertThat(occurrences(output, OUTAGE_ENDS)).isOne();
		assertThat(output).contains("2 written back to the store, 0 already there");
		assertThat(metrics.get("cds.replay.written.back").tag("result", "written").counter().count()).isEqualTo(2);
		assertThat(metrics.get("cds.replay.local.size").gauge().value()).isZero();

		int callsBefore = store.calls.get();
		assertThat(cache.firstUse(ISSUER, "jti-1", inSixMinutes())).as("replayed after the outage").isFalse();
		assertThat(store.calls.get()).as("answered by the store again").isEqualTo(callsBefore + 1);
	}

	@Test
	void tokensThatExpiredDuringTheOutageAreNotWrittenBack() {
		store.goDown();
		cache.firstUse(ISSUER, "short-lived", clock.instant().plus(Duration.ofMinutes(1)));
		cache.firstUse(ISSUER, "long-lived", clock.instant().plus(Duration.ofMinutes(10)));

		clock.advance(Duration.ofMinutes(2));
		store.comeBack();
		cache.retryStore();

		assertThat(store.rows).containsOnlyKeys(SwitchableReplayStore.row(ISSUER, "long-lived"));
	}

	@Test
	void aTokenTheStoreAlreadyHadIsCountedNotWrittenTwice(CapturedOutput output) {
		store.rows.put(SwitchableReplayStore.row(ISSUER, "seen-by-another-replica"), inSixMinutes());
		store.goDown();
		cache.firstUse(ISSUER, "seen-by-another-replica", inSixMinutes());

		store.comeBack();
		cache.retryStore();

		assertThat(output).contains("0 written back to the store, 1 already there");
		assertThat(metrics.get("cds.replay.written.back").tag("result", "already_stored").counter().count()).isOne();
	}

	@Test
	void theLocalMemoryIsBoundedAndRefusesRatherThanForgets(CapturedOutput output) {
		cache.close();
		cache = cache(OnStoreFailure.DEGRADE_LOCALLY, 3);
		store.goDown();
		for (int token = 0; token < 3; token++) {
			assertThat(cache.firstUse(ISSUER, "jti-" + token, clock.instant().plus(Duration.ofMinutes(1)))).isTrue();
		}

		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatThrownBy(() -> cache.firstUse(ISSUER, "one-too-many", inSixMinutes()))
				.isInstanceOf(ReplayStoreUnavailableException.class)
				.hasMessageContaining("memory of tokens is full");
		}
		assertThat(occurrences(output, "memory of tokens is full (3 live tokens")).isOne();
		assertThat(cache.firstUse(ISSUER, "jti-0", inSixMinutes())).as("still remembered").isFalse();

		clock.advance(Duration.ofMinutes(2));
		assertThat(cache.firstUse(ISSUER, "one-too-many", inSixMinutes())).as("room again once tokens expire").isTrue();
		assertThat(metrics.get("cds.replay.local.size").gauge().value()).isOne();
	}

	@Test
	void aStoreThatDoesNotAnswerInTimeCountsAsUnreachable() {
		store.answerAfter(Duration.ofSeconds(3));

		long started = System.nanoTime();
		boolean accepted = cache.firstUse(ISSUER, "jti-1", inSixMinutes());
		Duration waited = Duration.ofNanos(System.nanoTime() - started);

		assertThat(accepted).isTrue();
		assertThat(waited).as("waited for the store").isLessThan(Duration.ofSeconds(1));
		assertThat(degraded()).isOne();
	}

	@Test
	void theRefuseSettingAnswersUnavailableNeverReplay(CapturedOutput output) {
		cache.close();
		cache = cache(OnStoreFailure.REFUSE, 100);
		store.goDown();

		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatThrownBy(() -> cache.firstUse(ISSUER, "jti-1", inSixMinutes())).isInstanceOfSatisfying(
					ReplayStoreUnavailableException.class,
					unavailable -> assertThat(unavailable.retryAfter()).isEqualTo(Duration.ofSeconds(5)));
		}
		assertThat(store.calls).as("only the outage's first call asks the store").hasValue(1);
		assertThat(occurrences(output, OUTAGE_STARTS)).isOne();
		assertThat(output).contains("get 503");

		store.comeBack();
		cache.retryStore();

		assertThat(degraded()).isZero();
		assertThat(cache.firstUse(ISSUER, "jti-1", inSixMinutes())).as("never recorded while refused").isTrue();
	}

	@Test
	void eachOutageIsSaidOnce(CapturedOutput output) {
		for (int outage = 0; outage < 2; outage++) {
			store.goDown();
			cache.firstUse(ISSUER, "a-" + outage, inSixMinutes());
			cache.firstUse(ISSUER, "b-" + outage, inSixMinutes());
			store.comeBack();
			cache.retryStore();
		}

		assertThat(occurrences(output, OUTAGE_STARTS)).isEqualTo(2);
		assertThat(occurrences(output, OUTAGE_ENDS)).isEqualTo(2);
		assertThat(metrics.get("cds.replay.store.outages").counter().count()).isEqualTo(2);
	}

	double degraded() {
		return metrics.get("cds.replay.store.degraded").gauge().value();
	}

	static int occurrences(CapturedOutput output, String text) {
		return output.getAll().split(Pattern.quote(text), -1).length - 1;
	}

}

package org.spinecds.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.spinecds.testing.MutableClock;

class InMemoryReplayCacheTest {

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:00:00Z"));

	@Test
	void aJtiIsAcceptedOncePerIssuer() {
		InMemoryReplayCache cache = new InMemoryReplayCache(clock, 10);
		Instant keepUntil = clock.instant().plus(Duration.ofMinutes(6));

		assertThat(cache.firstUse("https://a.example", "jti-1", keepUntil)).isTrue();
		assertThat(cache.firstUse("https://a.example", "jti-1", keepUntil)).isFalse();
		assertThat(cache.firstUse("https://b.example", "jti-1", keepUntil)).as("another issuer's jti").isTrue();
	}

	@Test
	void anExpiredEntryIsForgotten() {
		InMemoryReplayCache cache = new InMemoryReplayCache(clock, 10);
		cache.firstUse("https://a.example", "jti-1", clock.instant().plus(Duration.ofMinutes(6)));

		clock.advance(Duration.ofMinutes(7));

		assertThat(cache.firstUse("https://a.example", "jti-1", clock.instant().plus(Duration.ofMinutes(6)))).isTrue();
	}

	@Test
	void whenFullOfLiveTokensNewOnesAreRefusedUntilSomeExpire() {
		InMemoryReplayCache cache = new InMemoryReplayCache(clock, 2);
		cache.firstUse("https://a.example", "jti-1", clock.instant().plus(Duration.ofMinutes(1)));
		cache.firstUse("https://a.example", "jti-2", clock.instant().plus(Duration.ofMinutes(6)));

		assertThat(cache.firstUse("https://a.example", "jti-3", clock.instant().plus(Duration.ofMinutes(6)))).isFalse();

		clock.advance(Duration.ofMinutes(2));
		assertThat(cache.firstUse("https://a.example", "jti-3", clock.instant().plus(Duration.ofMinutes(6)))).isTrue();
		assertThat(cache.firstUse("https://a.example", "jti-2", clock.instant().plus(Duration.ofMinutes(6)))).isFalse();
	}

}

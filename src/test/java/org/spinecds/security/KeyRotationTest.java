package org.spinecds.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.jwk.ECKey;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spinecds.testing.MutableClock;

/**
 * A client rotates its keys: the new kid is fetched, but unknown kids cannot make us
 * fetch more than once a minute.
 */
class KeyRotationTest {

	static final String ISSUER = "https://ehr.test.example";
	static final ECKey OLD_KEY = TestKeys.es384("2026-old");
	static final ECKey NEW_KEY = TestKeys.es384("2026-new");

	@RegisterExtension
	final WireMockExtension keyServer = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:00:00Z"));

	JwksCache cache;

	URI jwks;

	@BeforeEach
	void oldKeyPublished() {
		jwks = URI.create("http://localhost:" + keyServer.getPort() + "/jwks.json");
		// a generous fetch timeout: WireMock's first answer can take seconds on a loaded
		// machine, and this test is about when keys are fetched, not how fast
		cache = new JwksCache(new JwksFetcher(Duration.ofSeconds(15)), clock, Duration.ofMinutes(1),
				Duration.ofHours(1));
		serve(TestKeys.publicJwks(OLD_KEY));
	}

	@Test
	void newKidIsFetchedButASecondUnknownKidWithinTheMinuteIsNot() {
		assertThat(cache.find(ISSUER, jwks, "2026-old")).isPresent();
		assertFetches(1);

		serve(TestKeys.publicJwks(OLD_KEY, NEW_KEY));
		clock.advance(Duration.ofSeconds(5));
		assertThat(cache.find(ISSUER, jwks, "2026-new")).as("rotated key, fetched").isPresent();
		assertFetches(2);

		clock.advance(Duration.ofSeconds(30));
		assertThat(cache.find(ISSUER, jwks, "made-up")).isEmpty();
		assertThat(cache.find(ISSUER, jwks, "made-up-too")).isEmpty();
		assertFetches(2);
		assertThat(cache.find(ISSUER, jwks, "2026-old")).as("known keys still work").isPresent();
		assertFetches(2);

		clock.advance(Duration.ofSeconds(31));
		assertThat(cache.find(ISSUER, jwks, "made-up")).isEmpty();
		assertFetches(3);
	}

	@Test
	void staleSetIsFetchedAgainSoRemovedKeysStopWorking() {
		assertThat(cache.find(ISSUER, jwks, "2026-old")).isPresent();

		serve(TestKeys.publicJwks(NEW_KEY));
		clock.advance(Duration.ofMinutes(61));

		assertThat(cache.find(ISSUER, jwks, "2026-old")).isEmpty();
		assertThat(cache.find(ISSUER, jwks, "2026-new")).isPresent();
		assertFetches(2);
	}

	@Test
	void keysAlreadyKnownSurviveAKeyServerOutage() {
		assertThat(cache.find(ISSUER, jwks, "2026-old")).isPresent();

		keyServer.stubFor(get("/jwks.json").willReturn(aResponse().withStatus(503)));
		clock.advance(Duration.ofMinutes(61));

		assertThat(cache.find(ISSUER, jwks, "2026-old")).isPresent();
		assertFetches(2);
	}

	@Test
	void somethingThatIsNotAJwkSetFindsNoKey() {
		keyServer.stubFor(get("/jwks.json").willReturn(aResponse().withBody("<html>not json</html>")));

		assertThat(cache.find(ISSUER, jwks, "2026-old")).isEmpty();
	}

	private void serve(String jwkSet) {
		keyServer.stubFor(get("/jwks.json")
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(jwkSet)));
	}

	private void assertFetches(int count) {
		keyServer.verify(count, getRequestedFor(urlEqualTo("/jwks.json")));
	}

}

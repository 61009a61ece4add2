package org.spinecds.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JWK Set settings hold what the key cache needs: a hanging key server costs a call
 * at most the fetch timeout, and a cache that outlives its rate limit.
 */
class JwksSettingsTest {

	@RegisterExtension
	final WireMockExtension keyServer = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void aHangingKeyServerHoldsACallNoLongerThanTheFetchTimeout() {
		keyServer.stubFor(get("/jwks.json")
			.willReturn(aResponse().withFixedDelay(5_000).withBody(TestKeys.publicJwks(TestKeys.es384("k")))));
		JwksCache cache = new JwksCache(new JwksFetcher(Duration.ofMillis(300)), Clock.systemUTC(),
				Duration.ofMinutes(1), Duration.ofHours(1));
		long start = System.nanoTime();

		assertThat(cache.find("https://ehr.test.example",
				URI.create("http://localhost:" + keyServer.getPort() + "/jwks.json"), "k"))
			.isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4_500));
	}

	@Test
	void theMaximumAgeMustOutlastTheRefreshInterval() {
		assertThatThrownBy(() -> new SecurityProperties(null, List.of(), List.of(), Duration.ofSeconds(60),
				Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofSeconds(5)))
			.hasMessageContaining("cds.security.jwks-max-age");
	}

}

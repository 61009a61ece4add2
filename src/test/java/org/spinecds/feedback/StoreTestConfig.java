package org.spinecds.feedback;

import jakarta.servlet.Filter;
import java.time.Instant;
import org.spinecds.security.VerifiedCdsClient;
import org.spinecds.testing.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A hand-moved clock, and a stand-in for the JWT layer: it sets the issuer attribute from
 * a test header.
 */
@TestConfiguration
class StoreTestConfig {

	/** The hook examples' "today". */
	static final Instant TODAY = Instant.parse("2026-11-20T12:00:00Z");
	static final String ISS_HEADER = "X-Test-Jwt-Iss";

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(TODAY);
	}

	@Bean
	Filter issuerFromTestHeader() {
		return (request, response, chain) -> {
			if (request instanceof jakarta.servlet.http.HttpServletRequest http && http.getHeader(ISS_HEADER) != null) {
				request.setAttribute(VerifiedCdsClient.REQUEST_ATTRIBUTE,
						new VerifiedCdsClient(http.getHeader(ISS_HEADER), "test-jti", "test-kid", null));
			}
			chain.doFilter(request, response);
		};
	}

}

package org.spinecds.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock stopped at the hook examples' "today", so that the recorded answers
 * under {@code hooks/} stay true whatever day the tests run.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ExamplesClock {

	/** The examples' "today": after every onset and surgery date in fhir-examples. */
	public static final Instant TODAY = Instant.parse("2026-11-20T12:00:00Z");

	@Bean
	@Primary
	Clock examplesClock() {
		return Clock.fixed(TODAY, ZoneOffset.UTC);
	}

}

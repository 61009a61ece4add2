package org.spinecds.patient;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Prometheus metrics of the queries to EHR FHIR servers: how long one hook call's fetch
 * took (all keys in parallel), and each key's outcome (ok, or why it was not obtained:
 * deadline, failed, not allowed, ...).
 */
@Component
class FhirFetchMetrics {

	private final MeterRegistry registry;

	FhirFetchMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void fetched(EhrFetchResult result, long startedNanos) {
		Timer.builder("cds.fhir.fetch.duration")
			.description("Time to fetch the missing prefetch keys of one hook call from the EHR's FHIR server")
			.tag("outcome", result.notObtained().isEmpty() ? "complete" : "incomplete")
			.publishPercentileHistogram()
			.register(registry)
			.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
		result.fetched().keySet().forEach(key -> query(key, "ok").increment());
		result.notObtained().forEach((key, why) -> query(key, why.cause().name().toLowerCase(Locale.ROOT)).increment());
	}

	private Counter query(PrefetchKey key, String outcome) {
		return Counter.builder("cds.fhir.queries").tag("key", key.key()).tag("outcome", outcome).register(registry);
	}

}

package org.spinecds.patient;

import org.spinecds.record.PrefetchKey;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Prometheus metrics of the queries to EHR FHIR servers: how long one hook call's fetch
 * took (all keys in parallel), every HTTP request sent (a read, a search's first page,
 * each next page) with its outcome, and each key's end (ok, or why it was not obtained:
 * deadline, failed, not allowed, ...). Tags are fixed words: never ids, hosts or URLs.
 */
@Component
class FhirFetchMetrics {

	/** Which request of a key's query: the read or first search page, or a next page. */
	enum Page {

		FIRST, NEXT

	}

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
		result.fetched().keySet().forEach(key -> key(key, "ok").increment());
		result.notObtained().forEach((key, why) -> key(key, lowerCase(why.cause())).increment());
	}

	/**
	 * One HTTP request to the FHIR server answered ({@code ok}), failed, or abandoned at
	 * the deadline.
	 */
	void requested(PrefetchKey key, Page page, String outcome) {
		Counter.builder("cds.fhir.queries")
			.description("HTTP requests to the EHR's FHIR server: reads, search pages and next pages")
			.tag("key", key.key())
			.tag("page", lowerCase(page))
			.tag("outcome", outcome)
			.register(registry)
			.increment();
	}

	private Counter key(PrefetchKey key, String outcome) {
		return Counter.builder("cds.fhir.keys")
			.description("Prefetch keys asked from the EHR's FHIR server, by how each ended")
			.tag("key", key.key())
			.tag("outcome", outcome)
			.register(registry);
	}

	static String lowerCase(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}

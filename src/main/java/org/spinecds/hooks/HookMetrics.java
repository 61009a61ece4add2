package org.spinecds.hooks;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.spinecds.cards.ArgonautCdsServiceResponseJson;
import org.springframework.stereotype.Component;

/**
 * Prometheus metrics of hook calls: latency per service and outcome (a 412 is
 * outcome="412"), cards by indicator, ratings by ACR category, cards held back by
 * alert-fatigue control.
 */
@Component
class HookMetrics {

	private final MeterRegistry registry;

	HookMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void answered(OrderHook service, ArgonautCdsServiceResponseJson response, long startedNanos) {
		duration(service, "200", startedNanos);
		response.getCards()
			.forEach(card -> counter("cds.cards", service, "indicator", card.getIndicator().name().toLowerCase())
				.increment());
		response.ratings().forEach(rating -> counter("cds.ratings", service, "rating", rating).increment());
		counter("cds.cards.suppressed", service, "reason", "recently-overridden")
			.increment(response.getSuppressedCards().size());
	}

	void failed(OrderHook service, RuntimeException error, long startedNanos) {
		duration(service,
				error instanceof BaseServerResponseException status ? String.valueOf(status.getStatusCode()) : "500",
				startedNanos);
	}

	private void duration(OrderHook service, String outcome, long startedNanos) {
		Timer.builder("cds.hook.duration")
			.description("Time to answer a CDS Hooks call")
			.tag("service", service.serviceId())
			.tag("outcome", outcome)
			.register(registry)
			.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
	}

	private Counter counter(String name, OrderHook service, String tag, String value) {
		return Counter.builder(name).tag("service", service.serviceId()).tag(tag, value).register(registry);
	}

}

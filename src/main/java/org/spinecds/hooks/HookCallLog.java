package org.spinecds.hooks;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseJson;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinecds.cards.ArgonautCdsServiceResponseJson;

/**
 * One log line per hook call: service, hookInstance, outcome, cards, ratings, duration. Never patient data, order
 * content or tokens.
 */
final class HookCallLog {

	private static final Logger LOG = LoggerFactory.getLogger(HookCallLog.class);

	private HookCallLog() {}

	static void answered(OrderHook service, String hookInstance, CdsServiceResponseJson response, long startedNanos) {
		List<String> ratings = response instanceof ArgonautCdsServiceResponseJson argonaut ? argonaut.ratings() : List.of();
		LOG.info(
				"hook call service={} hookInstance={} outcome=200 cards={} ratings={} durationMs={}",
				service.serviceId(),
				printable(hookInstance),
				response.getCards().size(),
				ratings,
				millisSince(startedNanos));
	}

	static void failed(OrderHook service, String hookInstance, RuntimeException error, long startedNanos) {
		String outcome = error instanceof BaseServerResponseException status
				? String.valueOf(status.getStatusCode())
				: "500 " + error.getClass().getSimpleName();
		LOG.info(
				"hook call service={} hookInstance={} outcome={} durationMs={}",
				service.serviceId(),
				printable(hookInstance),
				outcome,
				millisSince(startedNanos));
	}

	private static String printable(String hookInstance) {
		return hookInstance == null ? "-" : RequestEnvelope.abbreviate(hookInstance);
	}

	private static long millisSince(long startedNanos) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
	}
}

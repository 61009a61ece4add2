package org.spinecds.hooks;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinecds.ClientText;
import org.spinecds.cards.ArgonautCdsServiceResponseJson;
import org.spinecds.security.VerifiedCdsClient;

/**
 * One log line per hook call: service, hookInstance, the caller's JWT iss and jti (when
 * clients must authenticate), outcome, cards shown and held back, ratings, duration.
 * Never patient data, order content or tokens.
 */
final class HookCallLog {

	private static final Logger LOG = LoggerFactory.getLogger(HookCallLog.class);

	private HookCallLog() {
	}

	static void answered(OrderHook service, String hookInstance, VerifiedCdsClient client,
			ArgonautCdsServiceResponseJson response, long startedNanos) {
		if (!LOG.isInfoEnabled()) {
			return;
		}
		LOG.info(
				"hook call service={} hookInstance={} iss={} jti={} outcome=200 cards={} suppressed={} ratings={}"
						+ " durationMs={}",
				service.serviceId(), printable(hookInstance), printable(client == null ? null : client.issuer()),
				printable(client == null ? null : client.jti()), response.getCards().size(),
				response.getSuppressedCards().size(), response.ratings(), millisSince(startedNanos));
	}

	static void failed(OrderHook service, String hookInstance, VerifiedCdsClient client, RuntimeException error,
			long startedNanos) {
		if (!LOG.isInfoEnabled()) {
			return;
		}
		String outcome = error instanceof BaseServerResponseException status ? String.valueOf(status.getStatusCode())
				: "500 " + error.getClass().getSimpleName();
		LOG.info("hook call service={} hookInstance={} iss={} jti={} outcome={} durationMs={}", service.serviceId(),
				printable(hookInstance), printable(client == null ? null : client.issuer()),
				printable(client == null ? null : client.jti()), outcome, millisSince(startedNanos));
	}

	private static String printable(String clientValue) {
		return clientValue == null ? "-" : ClientText.abbreviate(clientValue);
	}

	private static long millisSince(long startedNanos) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
	}

}

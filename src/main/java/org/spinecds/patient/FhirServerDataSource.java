package org.spinecds.patient;

import org.spinecds.record.PrefetchKey;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestAuthorizationJson;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fetches missing prefetch keys from the request's fhirServer, if
 * cds.fhir.allowed-servers allows it: all keys in parallel under the call's deadline
 * (cds.fhir.deadline after the call arrived, next pages included), with the client's
 * access token when it sent one (the CDS Hooks sandbox sends none for its open server).
 * The token is never logged and goes nowhere but the fhirServer's origin.
 */
@Component
class FhirServerDataSource implements EhrDataSource {

	private static final Logger LOG = LoggerFactory.getLogger(FhirServerDataSource.class);

	private final SharedEhrClients clients;

	private final AllowedFhirServers allowedServers;

	private final ParallelFetches parallelFetches;

	private final FhirClientProperties properties;

	private final PrefetchTemplates templates;

	private final FhirFetchMetrics metrics;

	FhirServerDataSource(IRestfulClientFactory ehrClientFactory, AllowedFhirServers allowedServers,
			ParallelFetches parallelFetches, FhirClientProperties properties, PrefetchTemplates templates,
			FhirFetchMetrics metrics) {
		this.clients = new SharedEhrClients(ehrClientFactory);
		this.allowedServers = allowedServers;
		this.parallelFetches = parallelFetches;
		this.properties = properties;
		this.templates = templates;
		this.metrics = metrics;
	}

	@Override
	public EhrFetchResult fetch(CdsServiceRequestJson request, Set<PrefetchKey> keys, long callArrivedNanos) {
		long started = System.nanoTime();
		EhrFetchResult result = fetchFromAllowedServer(request, keys,
				CallDeadline.after(callArrivedNanos, properties.deadline()));
		metrics.fetched(result, started);
		return result;
	}

	private EhrFetchResult fetchFromAllowedServer(CdsServiceRequestJson request, Set<PrefetchKey> keys,
			CallDeadline deadline) {
		String fhirServer = request.getFhirServer();
		if (fhirServer == null || fhirServer.isBlank()) {
			return EhrFetchResult.noneObtained(keys, NotObtained.noFhirServer());
		}
		ServerCheck check = allowedServers.check(fhirServer);
		if (!check.isAllowed()) {
			LOG.warn("Not querying the request's fhirServer: {} (cds.fhir.allowed-servers)", check.refusal());
			return EhrFetchResult.noneObtained(keys, NotObtained.notAllowed(check.refusal()));
		}
		if (deadline.hasPassed()) {
			return EhrFetchResult.noneObtained(keys, NotObtained.deadline(deadline.describe()));
		}
		InFlightRequests inFlight = new InFlightRequests();
		CallScope scope = new CallScope(accessToken(request), inFlight);
		IGenericClient client = clients.forServer(check.base());
		Map<PrefetchKey, NotObtained> notObtained = new EnumMap<>(PrefetchKey.class);
		Map<PrefetchKey, FhirQuery> queries = new EnumMap<>(PrefetchKey.class);
		for (PrefetchKey key : keys) {
			PrefetchQuery.render(templates.template(key), request.getContext())
				.ifPresentOrElse(
						query -> queries
							.put(key,
									new FhirQuery(client, scope, check.base(), key, query,
											FhirQuery.Limits.of(properties), metrics)),
						() -> notObtained.put(key, NotObtained.templateNotFillable()));
		}
		Map<PrefetchKey, List<Resource>> fetched = new EnumMap<>(PrefetchKey.class);
		parallelFetches.runAll(queries, deadline, inFlight::abortAll).forEach((key, outcome) -> {
			if (outcome.obtained()) {
				fetched.put(key, outcome.resources());
			}
			else {
				notObtained.put(key, outcome.notObtained());
			}
		});
		notObtained.forEach((key, why) -> {
			if (why.cause() == NotObtained.Cause.DEADLINE) {
				LOG.debug("FHIR query host={} key={} status=deadline", check.base().getHost(), key.key());
			}
		});
		return new EhrFetchResult(fetched, notObtained);
	}

	private static Optional<String> accessToken(CdsServiceRequestJson request) {
		CdsServiceRequestAuthorizationJson authorization = request.getServiceRequestAuthorizationJson();
		return authorization == null || authorization.getAccessToken() == null
				|| authorization.getAccessToken().isBlank() ? Optional.empty()
						: Optional.of(authorization.getAccessToken());
	}

}

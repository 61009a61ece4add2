package org.spinecds.patient;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.http.impl.client.CloseableHttpClient;
import org.spinecds.record.PrefetchKey;

/**
 * HAPI clients built the way the application builds them (FhirClientConfig), for tests
 * without Spring.
 */
final class EhrClients implements AutoCloseable {

	static final FhirClientProperties PROPERTIES = new FhirClientProperties(List.of("http://localhost:*"),
			Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(10), 200, 10, 1000, 8);

	/**
	 * One context for all tests, as in the application, scanned up front: its first use
	 * otherwise scans the whole R4 model (seconds on a busy machine) inside the first
	 * query's deadline.
	 */
	private static final FhirContext FHIR = FhirContext.forR4();

	static {
		FHIR.getResourceDefinition("Bundle");
	}

	private final CloseableHttpClient httpClient = EhrHttpClients.build(PROPERTIES);

	private final IRestfulClientFactory factory = new FhirClientConfig().ehrClientFactory(FHIR, PROPERTIES, httpClient);

	IRestfulClientFactory factory() {
		return factory;
	}

	/** A query as FhirServerDataSource makes it: a shared client, the call's scope. */
	FhirQuery query(String base, InFlightRequests inFlight, PrefetchKey key, String query, FhirQuery.Limits limits,
			FhirFetchMetrics metrics) {
		return new FhirQuery(new SharedEhrClients(factory).forServer(URI.create(base)),
				new CallScope(Optional.empty(), inFlight), URI.create(base), key, query, limits, metrics);
	}

	@Override
	public void close() throws Exception {
		httpClient.close();
	}

}

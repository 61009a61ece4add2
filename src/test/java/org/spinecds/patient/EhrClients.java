package org.spinecds.patient;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import java.time.Duration;
import java.util.List;
import org.apache.http.impl.client.CloseableHttpClient;

/**
 * HAPI clients built the way the application builds them (FhirClientConfig), for tests
 * without Spring.
 */
final class EhrClients implements AutoCloseable {

	static final FhirClientProperties PROPERTIES = new FhirClientProperties(List.of("http://localhost:*"),
			Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(10), 10, 1000, 8);

	private final CloseableHttpClient httpClient = EhrHttpClients.build(PROPERTIES);

	private final IRestfulClientFactory factory = new FhirClientConfig().ehrClientFactory(FhirContext.forR4(),
			PROPERTIES, httpClient);

	IGenericClient client(String base, InFlightRequests inFlight) {
		IGenericClient client = factory.newGenericClient(base);
		client.registerInterceptor(inFlight);
		return client;
	}

	@Override
	public void close() throws Exception {
		httpClient.close();
	}

}

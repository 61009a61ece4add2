package org.spinecds.patient;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import org.apache.http.impl.client.CloseableHttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring for queries to the EHR's FHIR server: allowlist, worker pool, HTTP client and
 * HAPI's client factory.
 */
@Configuration
@EnableConfigurationProperties(FhirClientProperties.class)
class FhirClientConfig {

	@Bean
	AllowedFhirServers allowedFhirServers(FhirClientProperties properties) {
		return new AllowedFhirServers(properties.allowedServers());
	}

	@Bean
	ParallelFetches parallelFetches(FhirClientProperties properties) {
		return new ParallelFetches(properties.maxConcurrentQueries());
	}

	@Bean
	CloseableHttpClient ehrHttpClient(FhirClientProperties properties) {
		return EhrHttpClients.build(properties);
	}

	/** The shared FhirContext's client factory, configured once here. */
	@Bean
	IRestfulClientFactory ehrClientFactory(FhirContext fhirContext, FhirClientProperties properties,
			CloseableHttpClient ehrHttpClient) {
		IRestfulClientFactory factory = fhirContext.getRestfulClientFactory();
		// No GET /metadata before the first query: it would cost a round trip of the
		// clinician's time.
		factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
		factory.setConnectTimeout(Math.toIntExact(properties.connectTimeout().toMillis()));
		factory.setConnectionRequestTimeout(Math.toIntExact(properties.connectTimeout().toMillis()));
		factory.setSocketTimeout(Math.toIntExact(properties.readTimeout().toMillis()));
		factory.setPoolMaxTotal(properties.maxConcurrentQueries());
		factory.setPoolMaxPerRoute(properties.maxConcurrentQueries());
		// Last: each setter above discards the factory's HTTP client.
		factory.setHttpClient(ehrHttpClient);
		return factory;
	}

}

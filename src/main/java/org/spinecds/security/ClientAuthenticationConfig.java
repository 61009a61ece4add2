package org.spinecds.security;

import ca.uhn.fhir.context.FhirContext;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * JWT authentication of CDS clients, switched on by configuring at least one trusted
 * client.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class ClientAuthenticationConfig {

	private static final Logger LOG = LoggerFactory.getLogger(ClientAuthenticationConfig.class);

	/**
	 * Remembers jtis in the database, so a token accepted by one replica is refused by
	 * every other.
	 */
	@Bean
	DatabaseReplayCache replayCache(JdbcClient jdbc, Clock clock) {
		return new DatabaseReplayCache(jdbc, clock);
	}

	@Bean
	JwksCache jwksCache(SecurityProperties properties, Clock clock) {
		JwksCache cache = new JwksCache(new JwksFetcher(properties.jwksFetchTimeout()), clock,
				properties.jwksMinRefreshInterval(), properties.jwksMaxAge());
		for (TrustedClient client : properties.trustedClients()) {
			if (client.jwksUri() != null && KeySetLocations.isLocal(client.jwksLocation())) {
				cache.preload(client.issuer(), client.jwksLocation());
			}
		}
		return cache;
	}

	@Bean
	FilterRegistrationBean<CdsClientAuthenticationFilter> cdsClientAuthenticationFilter(SecurityProperties properties,
			JwksCache keys, ReplayCache replayCache, Clock clock, FhirContext fhirContext, MeterRegistry metrics) {
		CdsClientTokenVerifier verifier = new CdsClientTokenVerifier(properties, keys, replayCache, clock);
		FilterRegistrationBean<CdsClientAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new CdsClientAuthenticationFilter(verifier, properties.publicBaseUrl(),
						new OperationOutcomeResponse(fhirContext), metrics));
		registration.addUrlPatterns(SecurityFilterOrder.CDS_SERVICES_URL_PATTERN);
		registration.setOrder(SecurityFilterOrder.CLIENT_AUTHENTICATION);
		registration.setEnabled(properties.requiresClientTokens());
		if (properties.requiresClientTokens()) {
			LOG.info("CDS client JWTs required; trusted issuers: {}; aud checked against {}",
					properties.clientsByIssuer().keySet(), properties.publicBaseUrl());
		}
		else {
			LOG.warn("*** SECURITY: NO TRUSTED CDS CLIENTS CONFIGURED - EVERY CALL IS ACCEPTED WITHOUT A JWT. Fine for"
					+ " trying the service locally, never for real patients: set cds.security.trusted-clients (README,"
					+ " \"Security\"); the prod profile refuses to start without them. ***");
		}
		return registration;
	}

}

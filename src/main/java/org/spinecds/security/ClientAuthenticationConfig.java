package org.spinecds.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinecds.ErrorOutcomes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JWT authentication of CDS clients, switched on by configuring at least one trusted
 * client.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
class ClientAuthenticationConfig {

	private static final Logger LOG = LoggerFactory.getLogger(ClientAuthenticationConfig.class);

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
			JwksCache keys, ReplayCache replayCache, Clock clock, ErrorOutcomes errors, MeterRegistry metrics) {
		CdsClientTokenVerifier verifier = new CdsClientTokenVerifier(properties, keys, replayCache, clock);
		FilterRegistrationBean<CdsClientAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new CdsClientAuthenticationFilter(verifier, properties.publicBaseUrl(), errors, metrics));
		registration.addUrlPatterns(SecurityFilterOrder.CDS_SERVICES_URL_PATTERN);
		registration.setOrder(SecurityFilterOrder.CLIENT_AUTHENTICATION);
		registration.setEnabled(properties.requiresClientTokens());
		if (properties.requiresClientTokens()) {
			LOG.info("CDS client JWTs required; trusted issuers: {}; aud checked against {}",
					properties.clientsByIssuer().keySet(), properties.publicBaseUrl());
		}
		else {
			LOG.warn("*** SECURITY: NO TRUSTED CDS CLIENTS CONFIGURED - EVERY CALL IS ACCEPTED WITHOUT A JWT. Fine for"
					+ " trying the service locally, never for real patients: set cds.security.trusted-clients"
					+ " (docs/security.md); the prod profile refuses to start without them. ***");
		}
		return registration;
	}

}

package org.spinecds.security;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The request body size limit. The JSON limits are set on the CDS ObjectMapper (hooks
 * package).
 */
@Configuration
@EnableConfigurationProperties(RequestLimitsProperties.class)
class RequestLimitsConfig {

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(RequestLimitsProperties limits,
			FhirContext fhirContext) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(limits.maxRequestBytes().toBytes(),
						new OperationOutcomeResponse(fhirContext)));
		registration.addUrlPatterns("/*");
		registration.setOrder(SecurityFilterOrder.BODY_LIMIT);
		return registration;
	}

}

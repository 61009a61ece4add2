package org.spinecds.security;

import org.spinecds.ErrorOutcomes;
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
			ErrorOutcomes errors) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(limits.maxRequestBytes().toBytes(), errors));
		registration.addUrlPatterns("/*");
		registration.setOrder(SecurityFilterOrder.BODY_LIMIT);
		return registration;
	}

}

package org.spinecds.security;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS for browser-based CDS clients such as the CDS Hooks sandbox, which preflight every
 * call because they send {@code Authorization} and JSON. A servlet filter rather than
 * Spring MVC's CORS support, so that preflights are answered before the JWT check and
 * refusals carry the CORS headers.
 */
@Configuration
@EnableConfigurationProperties(CorsProperties.class)
class CorsConfig {

	static final List<String> CDS_PATHS = List.of("/cds-services", "/cds-services/*", "/cds-services/*/feedback");

	@Bean
	FilterRegistrationBean<CorsFilter> cdsCorsFilter(CorsProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(properties.allowedOrigins());
		cors.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.POST.name(), HttpMethod.OPTIONS.name()));
		cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT));
		// Bearer tokens, not cookies: no credentials, which also keeps "*" a valid origin
		// answer.
		cors.setAllowCredentials(false);
		cors.setMaxAge(properties.maxAge());
		UrlBasedCorsConfigurationSource paths = new UrlBasedCorsConfigurationSource();
		CDS_PATHS.forEach(path -> paths.registerCorsConfiguration(path, cors));

		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(paths));
		registration.addUrlPatterns(SecurityFilterOrder.CDS_SERVICES_URL_PATTERN);
		registration.setOrder(SecurityFilterOrder.CORS);
		return registration;
	}

}

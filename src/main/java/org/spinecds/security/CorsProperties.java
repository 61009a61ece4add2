package org.spinecds.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which browser origins may call the CDS endpoints. Defaults are in application.yml.
 *
 * @param allowedOrigins origins like https://sandbox.cds-hooks.org, or * for any (the
 * quick start)
 * @param maxAge how long a browser may cache a preflight answer
 */
@ConfigurationProperties(prefix = "cds.cors")
public record CorsProperties(List<String> allowedOrigins, Duration maxAge) {

	public CorsProperties {
		allowedOrigins = allowedOrigins == null ? List.of()
				: allowedOrigins.stream()
					.filter(origin -> origin != null && !origin.isBlank())
					.map(String::trim)
					.toList();
	}

	boolean allowsAnyOrigin() {
		return allowedOrigins.contains("*");
	}
}

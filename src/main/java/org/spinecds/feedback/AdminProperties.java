package org.spinecds.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param token bearer token for /admin/summary; when empty the endpoint is off (404)
 */
@ConfigurationProperties(prefix = "cds.admin")
public record AdminProperties(String token) {

	boolean enabled() {
		return token != null && !token.isBlank();
	}
}

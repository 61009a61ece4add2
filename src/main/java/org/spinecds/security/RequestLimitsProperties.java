package org.spinecds.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what one request may make the service read. Defaults are in application.yml.
 *
 * @param maxRequestBytes a larger request body is refused with 413
 * @param maxJsonNestingDepth a JSON body nested deeper is refused with 400
 * @param maxJsonStringLength a JSON string value longer than this many characters is
 * refused with 400
 */
@ConfigurationProperties(prefix = "cds.limits")
public record RequestLimitsProperties(DataSize maxRequestBytes, int maxJsonNestingDepth, int maxJsonStringLength) {

	public RequestLimitsProperties {
		if (maxRequestBytes == null || maxRequestBytes.toBytes() < 1) {
			throw new IllegalArgumentException("cds.limits.max-request-bytes must be a positive size, e.g. 5MB");
		}
		if (maxJsonNestingDepth < 1 || maxJsonStringLength < 1) {
			throw new IllegalArgumentException(
					"cds.limits.max-json-nesting-depth and cds.limits.max-json-string-length must be positive");
		}
	}
}

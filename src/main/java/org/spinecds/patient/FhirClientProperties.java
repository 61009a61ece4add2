package org.spinecds.patient;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the service queries the EHR's FHIR server for prefetch keys the CDS client did not
 * send. The syntax of the allowed-server patterns is in {@link AllowedFhirServers}.
 *
 * @param allowedServers URL patterns a request's fhirServer must match before any query
 * or token goes to it; empty means the service never calls out
 * @param deadline one time limit for all queries of one hook call, counted from the
 * moment the call arrived
 * @param connectTimeout limit for opening one connection (and for waiting for a pooled
 * one)
 * @param readTimeout limit for the silence between two packets of one answer
 * @param pageSize the _count asked for on the searches the service sends (not in the
 * published prefetch templates); a server may cap it and page anyway
 * @param maxPages searchset pages read per key, the first page included
 * @param maxResources resources read per key before no further page is requested
 * @param maxConcurrentQueries queries in flight at once over all hook calls (worker
 * threads and connections)
 */
@ConfigurationProperties(prefix = "cds.fhir")
public record FhirClientProperties(List<String> allowedServers, Duration deadline, Duration connectTimeout,
		Duration readTimeout, int pageSize, int maxPages, int maxResources, int maxConcurrentQueries) {

	public FhirClientProperties {
		allowedServers = allowedServers == null ? List.of()
				: allowedServers.stream().map(String::trim).filter(pattern -> !pattern.isEmpty()).toList();
		requirePositive("cds.fhir.deadline", deadline);
		requirePositive("cds.fhir.connect-timeout", connectTimeout);
		requirePositive("cds.fhir.read-timeout", readTimeout);
		requirePositive("cds.fhir.page-size", pageSize);
		requirePositive("cds.fhir.max-pages", maxPages);
		requirePositive("cds.fhir.max-resources", maxResources);
		requirePositive("cds.fhir.max-concurrent-queries", maxConcurrentQueries);
	}

	private static void requirePositive(String property, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(property + " must be a positive duration, like 2s or 500ms");
		}
	}

	private static void requirePositive(String property, int value) {
		if (value < 1) {
			throw new IllegalArgumentException(property + " must be at least 1");
		}
	}
}

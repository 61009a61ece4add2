package org.spinecds.feedback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param probeInterval during an outage, how often one request-path operation tries the
 * database again (the others skip it without waiting)
 * @param feedbackRetryAfter the Retry-After of the 503 that refuses feedback while the
 * database is unreachable
 */
@ConfigurationProperties(prefix = "cds.database")
public record DatabaseProperties(Duration probeInterval, Duration feedbackRetryAfter) {
}

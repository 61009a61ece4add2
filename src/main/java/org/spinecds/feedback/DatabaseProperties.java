package org.spinecds.feedback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param probeInterval during an outage, how often one request-path operation tries the
 * database again (the others skip it without waiting)
 * @param feedbackRetryAfter the Retry-After of the 503 that refuses feedback while the
 * database is unreachable
 * @param requestTimeout the longest a hook call or a feedback request waits for its
 * database work (alert-fatigue read, feedback write), whatever the database does; beyond
 * it the database counts as unreachable
 */
@ConfigurationProperties(prefix = "cds.database")
public record DatabaseProperties(Duration probeInterval, Duration feedbackRetryAfter, Duration requestTimeout) {
}

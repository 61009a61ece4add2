package org.spinecds.feedback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param idHashSalt secret mixed into the hashes of patient and user ids; when empty a
 * random salt is drawn at each start, and hashes from different runs no longer match
 * @param retention audit rows (calls, cards, rated orders) and feedback older than this
 * are deleted; empty: kept
 */
@ConfigurationProperties(prefix = "cds.audit")
public record AuditProperties(String idHashSalt, Duration retention) {
}

package org.spinecds.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param idHashSalt secret mixed into the hashes of patient and user ids; when empty a random salt is drawn at each
 *                   start, and hashes from different runs no longer match
 */
@ConfigurationProperties(prefix = "cds.audit")
public record AuditProperties(String idHashSalt) {
}

package org.spinecds.feedback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param window how long after a user overrides a card the same card (same type, patient
 * and ordered study) stays hidden from that user; critical cards are always shown
 */
@ConfigurationProperties(prefix = "cds.alert-fatigue")
public record AlertFatigueProperties(Duration window) {
}

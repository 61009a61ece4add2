package org.spinecds.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The retention's settings: checked at start. Deleting is tested on both databases in
 * StoreScenarios.
 */
class AuditRetentionTest {

	private static final AlertFatigueProperties DAY_WINDOW = new AlertFatigueProperties(Duration.ofHours(24));

	@Test
	void aRetentionShorterThanTheAlertFatigueWindowIsRefusedAtStart() {
		assertThatThrownBy(() -> retention(Duration.ofHours(12))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("cds.audit.retention (PT12H) must be at least cds.alert-fatigue.window (PT24H)");
	}

	@Test
	void aZeroOrNegativeRetentionIsRefusedAtStart() {
		for (Duration wrong : new Duration[] { Duration.ZERO, Duration.ofDays(-1) }) {
			assertThatThrownBy(() -> retention(wrong)).as(wrong.toString())
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("cds.audit.retention must be positive");
		}
	}

	@Test
	void withoutARetentionNothingIsDeletedAndTheStoreIsNotTouched() {
		// no database at all: a query would fail
		assertThat(retention(null).purge()).isEqualTo(new AuditRetention.Purged(0, 0));
	}

	private static AuditRetention retention(Duration retention) {
		return new AuditRetention(null, null, Clock.systemUTC(), new AuditProperties(null, retention), DAY_WINDOW);
	}

}

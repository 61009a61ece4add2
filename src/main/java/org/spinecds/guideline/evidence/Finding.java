package org.spinecds.guideline.evidence;

import java.util.Optional;

/**
 * One clinical fact a rule matched on, kept so the card can say why: what it is
 * ({@code display}, the code's display or the code), its code, where it came from and its
 * date (onset, recorded or performed date). {@code suspected}: recorded as provisional,
 * differential or unconfirmed ("rule out"). Never carries a resource id: everything here
 * may be shown to the clinician.
 */
public record Finding(Criterion criterion, EvidenceSource source, String display, String code, Optional<DateSpan> date,
		boolean suspected) {

	/** "Osteoporosis (64859006), since 2024-03-01", as the card shows it. */
	public String text() {
		StringBuilder text = new StringBuilder(display);
		if (code != null && !code.isEmpty() && !code.equals(display)) {
			text.append(" (").append(code).append(')');
		}
		if (suspected) {
			text.append(", suspected");
		}
		switch (source) {
			case ORDER_REASON -> text.append(", reason given on this order");
			case MEDICATION -> date.ifPresent(span -> text.append(", since ").append(span.text()));
			case PROCEDURE -> date.ifPresent(span -> text.append(", ").append(span.text()));
			case PATIENT -> {
			}
			default -> date.ifPresent(span -> text.append(", since ").append(span.text()));
		}
		return text.toString();
	}

}

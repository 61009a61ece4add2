package org.spinecds.guideline.evidence;

import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;

/**
 * One clinical fact a rule matched on, kept so the card can say why: what it is
 * ({@code display}: the code's display, else the code), the coding as recorded, where it
 * came from and its date (onset, recorded, performed or start date). {@code suspected}:
 * recorded as provisional, differential or unconfirmed ("rule out"). {@code reference}
 * ("Condition/abc") is for the suggested order's reasonReference and supportingInfo only:
 * clinician text ({@link #text()}) never shows it.
 */
public record Finding(Criterion criterion, EvidenceSource source, String display, Optional<Coding> coding,
		Optional<DateSpan> date, boolean suspected, Optional<String> reference) {

	/** A fact with no coding and no resource behind it (an age, a duration). */
	public static Finding derived(Criterion criterion, EvidenceSource source, String display, Optional<DateSpan> date) {
		return new Finding(criterion, source, display, Optional.empty(), date, false, Optional.empty());
	}

	/** A coded fact from a resource ({@code reference}) or the order's reasons (none). */
	public static Finding coded(Criterion criterion, EvidenceSource source, Coding coding, Optional<DateSpan> date,
			boolean suspected, Optional<String> reference) {
		String display = coding.hasDisplay() ? coding.getDisplay() : coding.getCode();
		return new Finding(criterion, source, display, Optional.of(coding), date, suspected, reference);
	}

	/** The code, or "" for a derived fact. */
	public String code() {
		return coding.map(Coding::getCode).orElse("");
	}

	/**
	 * "Osteoporosis (SNOMED CT 64859006), since 2024-03-01", as the card shows it;
	 * {@code systemName} gives the short name of a code system.
	 */
	public String text(java.util.function.Function<String, String> systemName) {
		StringBuilder text = new StringBuilder(display);
		coding.ifPresent(code -> text.append(" (")
			.append(systemName.apply(code.getSystem()))
			.append(' ')
			.append(code.getCode())
			.append(')'));
		if (suspected) {
			text.append(", suspected");
		}
		switch (source) {
			case ORDER_REASON -> text.append(", reason given on this order");
			case PROCEDURE -> date.ifPresent(span -> text.append(", performed ").append(span.text()));
			case MEDICATION -> date.ifPresent(span -> text.append(", since ").append(span.text()));
			case PATIENT -> {
			}
			default -> date.ifPresent(span -> text.append(", since ").append(span.text()));
		}
		return text.toString();
	}

	public String text() {
		return text(system -> system == null ? "" : system.substring(system.lastIndexOf('/') + 1));
	}

}

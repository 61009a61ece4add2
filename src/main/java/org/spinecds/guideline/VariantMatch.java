package org.spinecds.guideline;

import java.util.List;
import java.util.Map;
import org.spinecds.guideline.evidence.Finding;

/**
 * A variant that applies to the patient, with the findings that made it apply (in the
 * order the card cites them). {@code emergency}: image at once (suspected cauda equina,
 * foot drop within 30 days of surgery). {@code details}: more facts the variant's card
 * template may name (e.g. "daysFromSurgery").
 */
public record VariantMatch(String variantId, RatingsTable.VariantRatings ratings, String cardTemplate,
		List<Finding> findings, boolean emergency, Map<String, String> details) {

	public VariantMatch {
		findings = List.copyOf(findings);
		details = Map.copyOf(details);
	}

	public String wording() {
		return ratings.wording();
	}

}

package org.spinecds.guideline.acr.lbp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spinecds.guideline.RatingsTable;
import org.spinecds.guideline.Variant;
import org.spinecds.guideline.VariantMatch;
import org.spinecds.guideline.evidence.Finding;
import org.spinecds.guideline.evidence.PatientFacts;

/**
 * What the seven Low Back Pain variants share: their row of the ratings table, their card
 * template ("acr-low-back-pain/v1" ...) and how a match is made.
 */
abstract class LbpVariant implements Variant<LbpEvidence> {

	static final String TEMPLATE_FOLDER = "acr-low-back-pain/";

	private final RatingsTable.VariantRatings ratings;

	LbpVariant(RatingsTable table, String id) {
		this.ratings = table.variant(id);
	}

	@Override
	public String id() {
		return ratings.id();
	}

	@Override
	public RatingsTable.VariantRatings ratings() {
		return ratings;
	}

	@Override
	public String cardTemplate() {
		return TEMPLATE_FOLDER + id().toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public Set<PatientFacts.Need> dataNeeds() {
		return Set.of(PatientFacts.Need.CONDITIONS);
	}

	Optional<VariantMatch> matched(List<Finding> findings) {
		return Optional.of(new VariantMatch(id(), ratings, cardTemplate(), findings, false, Map.of()));
	}

	Optional<VariantMatch> matched(List<Finding> findings, boolean emergency, Map<String, String> details) {
		return matched(findings, emergency, details, cardTemplate());
	}

	Optional<VariantMatch> matched(List<Finding> findings, boolean emergency, Map<String, String> details,
			String template) {
		return Optional.of(new VariantMatch(id(), ratings, template, findings, emergency, details));
	}

}

package org.spinecds.guideline;

import java.util.Optional;
import java.util.Set;
import org.spinecds.guideline.evidence.PatientFacts;

/**
 * One variant (clinical scenario) of an ACR Appropriateness Criteria topic: a
 * self-contained rule over the topic's evidence {@code E}.
 *
 * @param <E> the evidence the topic reads once per order
 */
public interface Variant<E> {

	/** The variant's id in its ratings table, e.g. "V5". */
	String id();

	/** The variant's row: ACR wording, portal scenarios, the category of every study. */
	RatingsTable.VariantRatings ratings();

	/** ACR's wording of the variant. */
	default String wording() {
		return ratings().wording();
	}

	/** The findings that make the variant apply, if it does. */
	Optional<VariantMatch> match(E evidence);

	/**
	 * The card template (resource name under cards/templates/) the variant's card uses.
	 */
	String cardTemplate();

	/** The record data the variant reads. */
	Set<PatientFacts.Need> dataNeeds();

}

package org.spinecds.guideline;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;

/**
 * A guideline's answer for one ordered study, whatever the topic: the status, the rating
 * (the best category over every variant that applies), every match with the ordered
 * study's category under it, the primary variant (wording, urgency, suggestion), the
 * first-choice study and the options with their ratings, the safety review, the card's
 * indicator and, when the indication is needed, the scenarios that could apply.
 */
public record GuidelineOutcome(String guidelineId, String title, String narrativeUrl, OrderedStudy ordered,
		OutcomeStatus status, Optional<AcrRating> rating, List<RatedMatch> matches, Optional<RatedMatch> primary,
		Optional<StudyCategory> firstChoice, List<StudyOption> options, SafetyReview safety, Indicator indicator,
		Recommendation recommendation, List<IndicationScenario> scenarios) {

	public GuidelineOutcome {
		matches = List.copyOf(matches);
		options = List.copyOf(options);
		scenarios = List.copyOf(scenarios);
	}

	/** A variant that applies, with the ordered study's category under it (if rated). */
	public record RatedMatch(VariantMatch match, Optional<AcrRating> orderedRating) {
	}

	/**
	 * A clinical scenario that could apply when the indication is needed, and the reason
	 * code that states it on the order.
	 */
	public record IndicationScenario(String variantId, String label, Coding reasonCode) {
	}

	/** No card and no rating: the order is not one this guideline looks at. */
	public static GuidelineOutcome notInScope(String guidelineId, String title, String narrativeUrl,
			OrderedStudy ordered) {
		return new GuidelineOutcome(guidelineId, title, narrativeUrl, ordered, OutcomeStatus.NOT_IN_SCOPE,
				Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(), new SafetyReview(List.of()),
				Indicator.NONE, Recommendation.KEEP, List.of());
	}

	public Optional<StudyOption> recommended() {
		return options.stream().filter(StudyOption::recommended).findFirst();
	}

	/** Whether the clinician should see a card about this order. */
	public boolean hasCard() {
		return indicator != Indicator.NONE;
	}

	/**
	 * The same answer with another recommendation; a rated order left as it is
	 * ({@link Recommendation#KEEP}) gets no card.
	 */
	public GuidelineOutcome withRecommendation(Recommendation changed) {
		Indicator shown = changed == Recommendation.KEEP && status == OutcomeStatus.RATED ? Indicator.NONE : indicator;
		return new GuidelineOutcome(guidelineId, title, narrativeUrl, ordered, status, rating, matches, primary,
				firstChoice, options, safety, shown, changed, scenarios);
	}

	/** The primary variant's match, if a variant applies. */
	public Optional<VariantMatch> primaryMatch() {
		return primary.map(RatedMatch::match);
	}

	/**
	 * The options other than the ordered study itself, which a suggestion cannot "change
	 * to".
	 */
	public List<StudyOption> suggestions() {
		return options.stream().filter(option -> option.study() != ordered.category()).toList();
	}

}

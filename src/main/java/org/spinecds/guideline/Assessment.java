package org.spinecds.guideline;

import java.util.List;
import java.util.Optional;

/**
 * The guideline's verdict on one draft order of a patient who fits ACR Low Back Pain
 * variant 5: the order's rating, the findings, the safety review, and the studies to
 * offer (each with its rating; one recommended).
 */
public record Assessment(OrderedStudy ordered, Optional<AcrRating> rating, PostOperativeFootDrop findings,
		SafetyReview safety, List<StudyOption> options, Recommendation recommendation) {

	public Assessment {
		options = List.copyOf(options);
	}

	public StudyOption recommended() {
		return options.stream().filter(StudyOption::recommended).findFirst().orElseThrow();
	}

	/**
	 * The options other than the ordered study itself, which a suggestion cannot "change
	 * to".
	 */
	public List<StudyOption> suggestions() {
		return options.stream().filter(option -> option.study() != ordered.category()).toList();
	}

	Assessment withRecommendation(Recommendation changed) {
		return new Assessment(ordered, rating, findings, safety, options, changed);
	}
}

package org.spinecds.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One study per patient, not one per order: when several lumbar imaging orders are
 * reviewed together, only one of them carries the suggestion of another study (a study to
 * replace is preferred over radiographs to add to), and none does when the suggested
 * study is already among the draft orders. The others keep their rating. Removing an
 * order (no imaging appropriate) and asking for the indication stay per order.
 */
final class OneRecommendation {

	private OneRecommendation() {
	}

	static List<GuidelineOutcome> perOrderSession(List<GuidelineOutcome> outcomes,
			Set<StudyCategory> otherDraftStudies) {
		boolean alreadyOrdered = outcomes.stream()
			.filter(OneRecommendation::suggestsAStudy)
			.anyMatch(outcome -> outcome.recommended()
				.map(study -> otherDraftStudies.contains(study.study())
						|| outcomes.stream().anyMatch(other -> other.ordered().category() == study.study()))
				.orElse(false));
		GuidelineOutcome carrier = alreadyOrdered ? null : carrier(outcomes);
		List<GuidelineOutcome> result = new ArrayList<>();
		for (GuidelineOutcome outcome : outcomes) {
			result.add(!suggestsAStudy(outcome) || outcome == carrier ? outcome
					: outcome.withRecommendation(Recommendation.KEEP));
		}
		return result;
	}

	private static boolean suggestsAStudy(GuidelineOutcome outcome) {
		return outcome.recommendation() == Recommendation.REPLACE_ORDER
				|| outcome.recommendation() == Recommendation.ADD_ORDER;
	}

	private static GuidelineOutcome carrier(List<GuidelineOutcome> outcomes) {
		return outcomes.stream()
			.filter(outcome -> outcome.recommendation() == Recommendation.REPLACE_ORDER)
			.findFirst()
			.or(() -> outcomes.stream()
				.filter(outcome -> outcome.recommendation() == Recommendation.ADD_ORDER)
				.findFirst())
			.orElse(null);
	}

}

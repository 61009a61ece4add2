package org.spinecds.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One study per patient, not one per order: when several lumbar imaging orders are
 * reviewed together, only one of them carries the recommendation (a study to replace is
 * preferred over radiographs to add to), and none does when the recommended study is
 * already among the draft orders. The others keep their rating.
 */
final class OneRecommendation {

	private OneRecommendation() {
	}

	static List<Assessment> perOrderSession(List<Assessment> assessments, Set<StudyCategory> otherDraftStudies) {
		boolean alreadyOrdered = assessments.stream()
			.anyMatch(assessment -> assessment.recommendation() == Recommendation.KEEP
					|| otherDraftStudies.contains(assessment.recommended().study()));
		Assessment carrier = alreadyOrdered ? null : carrier(assessments);
		List<Assessment> result = new ArrayList<>();
		for (Assessment assessment : assessments) {
			result.add(assessment == carrier || assessment.recommendation() == Recommendation.KEEP ? assessment
					: assessment.withRecommendation(Recommendation.KEEP));
		}
		return result;
	}

	private static Assessment carrier(List<Assessment> assessments) {
		return assessments.stream()
			.filter(assessment -> assessment.recommendation() == Recommendation.REPLACE_ORDER)
			.findFirst()
			.or(() -> assessments.stream()
				.filter(assessment -> assessment.recommendation() == Recommendation.ADD_ORDER)
				.findFirst())
			.orElse(null);
	}

}

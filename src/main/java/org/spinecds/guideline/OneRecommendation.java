package org.spinecds.guideline;

import java.util.ArrayList;
import java.util.List;

/**
 * One MRI per patient, not one per order: when several lumbar imaging orders are reviewed together, only one of them
 * carries the recommendation (a study to replace is preferred over radiographs to add to), and none does when MRI
 * without and with contrast is already among the draft orders. The others keep their rating.
 */
final class OneRecommendation {

	private OneRecommendation() {}

	static List<Assessment> perOrderSession(List<Assessment> assessments, boolean recommendedStudyOrdered) {
		Assessment carrier = recommendedStudyOrdered ? null : carrier(assessments);
		List<Assessment> result = new ArrayList<>();
		for (Assessment assessment : assessments) {
			result.add(assessment == carrier || assessment.recommendation() == Recommendation.KEEP
					? assessment
					: new Assessment(assessment.ordered(), assessment.rating(), assessment.findings(), Recommendation.KEEP));
		}
		return result;
	}

	private static Assessment carrier(List<Assessment> assessments) {
		return assessments.stream()
				.filter(assessment -> assessment.recommendation() == Recommendation.REPLACE_WITH_MRI_WITHOUT_AND_WITH_CONTRAST)
				.findFirst()
				.or(() -> assessments.stream()
						.filter(assessment -> assessment.recommendation() == Recommendation.ADD_MRI_WITHOUT_AND_WITH_CONTRAST)
						.findFirst())
				.orElse(null);
	}
}

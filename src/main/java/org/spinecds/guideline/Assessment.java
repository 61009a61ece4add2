package org.spinecds.guideline;

import java.util.Optional;

/** The guideline's verdict on one draft order of a patient who fits ACR Low Back Pain variant 5. */
public record Assessment(
		OrderedStudy ordered,
		Optional<AcrRating> rating,
		PostOperativeFootDrop findings,
		Recommendation recommendation) {

	public AcrRating recommendedStudyRating() {
		return AcrLowBackPainVariant5.rate(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST).orElseThrow();
	}
}

package org.spinecds.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.guideline.AcrRating.MAY_BE_APPROPRIATE;
import static org.spinecds.guideline.AcrRating.USUALLY_APPROPRIATE;
import static org.spinecds.guideline.AcrRating.USUALLY_NOT_APPROPRIATE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The V5 column of clinical.md 1.3 (ACR Low Back Pain 2021). */
class AcrLowBackPainVariant5Test {

	@ParameterizedTest
	@CsvSource({ "RADIOGRAPHY, USUALLY_APPROPRIATE", "MRI_WITHOUT_AND_WITH_CONTRAST, USUALLY_APPROPRIATE",
			"MRI_WITHOUT_CONTRAST, USUALLY_APPROPRIATE", "MRI_WITH_CONTRAST, USUALLY_NOT_APPROPRIATE",
			"CT_WITHOUT_CONTRAST, MAY_BE_APPROPRIATE", "CT_WITH_CONTRAST, USUALLY_NOT_APPROPRIATE",
			"CT_WITHOUT_AND_WITH_CONTRAST, USUALLY_NOT_APPROPRIATE", "CT_MYELOGRAPHY, MAY_BE_APPROPRIATE" })
	void ratesEveryStudyOfTheVariant5Table(StudyCategory study, AcrRating rating) {
		assertThat(AcrLowBackPainVariant5.rate(study)).contains(rating);
	}

	@ParameterizedTest
	@EnumSource(value = StudyCategory.class,
			names = { "MRI_CONTRAST_UNSPECIFIED", "CT_CONTRAST_UNSPECIFIED", "MYELOGRAPHY" })
	void studiesTheTableDoesNotListHaveNoRating(StudyCategory study) {
		assertThat(AcrLowBackPainVariant5.rate(study)).isEmpty();
	}

	@Test
	void tableListsTheEightRatedStudiesInAcrOrder() {
		assertThat(AcrLowBackPainVariant5.table()).containsExactly(
				entry(StudyCategory.RADIOGRAPHY, USUALLY_APPROPRIATE),
				entry(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST, USUALLY_APPROPRIATE),
				entry(StudyCategory.MRI_WITHOUT_CONTRAST, USUALLY_APPROPRIATE),
				entry(StudyCategory.MRI_WITH_CONTRAST, USUALLY_NOT_APPROPRIATE),
				entry(StudyCategory.CT_WITHOUT_CONTRAST, MAY_BE_APPROPRIATE),
				entry(StudyCategory.CT_WITH_CONTRAST, USUALLY_NOT_APPROPRIATE),
				entry(StudyCategory.CT_WITHOUT_AND_WITH_CONTRAST, USUALLY_NOT_APPROPRIATE),
				entry(StudyCategory.CT_MYELOGRAPHY, MAY_BE_APPROPRIATE));
	}

	@ParameterizedTest
	@CsvSource({ "USUALLY_APPROPRIATE, true, Usually appropriate", "MAY_BE_APPROPRIATE, true, May be appropriate",
			"USUALLY_NOT_APPROPRIATE, false, Usually not appropriate" })
	void pamaAppropriateMeansUsuallyOrMayBeAppropriate(AcrRating rating, boolean appropriate, String label) {
		assertThat(rating.appropriate()).isEqualTo(appropriate);
		assertThat(rating.label()).isEqualTo(label);
	}

	@Test
	void recommendedStudyIsUsuallyAppropriate() {
		assertThat(AcrLowBackPainVariant5.rate(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST))
			.contains(USUALLY_APPROPRIATE);
	}

	private static java.util.Map.Entry<StudyCategory, AcrRating> entry(StudyCategory study, AcrRating rating) {
		return java.util.Map.entry(study, rating);
	}

}

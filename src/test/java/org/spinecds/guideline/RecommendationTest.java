package org.spinecds.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecommendationTest {

	@Test
	void radiographsGetTheRecommendedStudyAdded() {
		assertThat(Recommendation.forOrdered(StudyCategory.RADIOGRAPHY, StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST))
			.isEqualTo(Recommendation.ADD_ORDER);
		assertThat(Recommendation.forOrdered(StudyCategory.RADIOGRAPHY, StudyCategory.MRI_WITHOUT_CONTRAST))
			.isEqualTo(Recommendation.ADD_ORDER);
	}

	@Test
	void mriWithoutAndWithContrastIsKeptWhenItIsTheRecommendedStudy() {
		assertThat(Recommendation.forOrdered(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST,
				StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST))
			.isEqualTo(Recommendation.KEEP);
	}

	@ParameterizedTest
	@EnumSource(value = StudyCategory.class, mode = EnumSource.Mode.EXCLUDE,
			names = { "RADIOGRAPHY", "MRI_WITHOUT_AND_WITH_CONTRAST" })
	void everyOtherStudyIsReplaced(StudyCategory ordered) {
		assertThat(Recommendation.forOrdered(ordered, StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST))
			.isEqualTo(Recommendation.REPLACE_ORDER);
	}

	@ParameterizedTest
	@EnumSource(value = StudyCategory.class, names = { "MRI_WITHOUT_CONTRAST", "CT_MYELOGRAPHY" })
	void orderedAlternativeIsKeptWhenItIsTheRecommendedStudy(StudyCategory alternative) {
		assertThat(Recommendation.forOrdered(alternative, alternative)).isEqualTo(Recommendation.KEEP);
	}

	@Test
	void orderedMriWithoutAndWithContrastIsReplacedWhenAnotherStudyIsRecommended() {
		assertThat(Recommendation.forOrdered(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST,
				StudyCategory.MRI_WITHOUT_CONTRAST))
			.isEqualTo(Recommendation.REPLACE_ORDER);
		assertThat(Recommendation.forOrdered(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST, StudyCategory.CT_MYELOGRAPHY))
			.isEqualTo(Recommendation.REPLACE_ORDER);
	}

}

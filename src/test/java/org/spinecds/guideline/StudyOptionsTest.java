package org.spinecds.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.spinecds.guideline.AcrRating.MAY_BE_APPROPRIATE;
import static org.spinecds.guideline.AcrRating.USUALLY_APPROPRIATE;
import static org.spinecds.guideline.SafetyConcern.CONTRAST_ALLERGY;
import static org.spinecds.guideline.SafetyConcern.KIDNEY_FUNCTION;
import static org.spinecds.guideline.SafetyConcern.MRI_UNSAFE_IMPLANT;
import static org.spinecds.guideline.SafetyConcern.PREGNANCY;
import static org.spinecds.guideline.StudyCategory.CT_MYELOGRAPHY;
import static org.spinecds.guideline.StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST;
import static org.spinecds.guideline.StudyCategory.MRI_WITHOUT_CONTRAST;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which studies to offer, and which one to recommend, for each combination of safety
 * concerns.
 */
class StudyOptionsTest {

	private static List<StudyOption> optionsFor(SafetyConcern... concerns) {
		return Evidence.options(Evidence.review(Arrays.stream(concerns).map(Evidence::safety).toList()));
	}

	@Test
	void noRiskRecommendsMriWithoutAndWithContrastAlone() {
		assertThat(optionsFor()).extracting(StudyOption::study, StudyOption::rating, StudyOption::recommended)
			.containsExactly(tuple(MRI_WITHOUT_AND_WITH_CONTRAST, USUALLY_APPROPRIATE, true));
	}

	@ParameterizedTest
	@EnumSource(value = SafetyConcern.class, names = { "KIDNEY_FUNCTION", "CONTRAST_ALLERGY" })
	void kidneyOrAllergyRiskRecommendsMriWithoutContrastAndOffersCtMyelography(SafetyConcern concern) {
		assertThat(optionsFor(concern)).extracting(StudyOption::study, StudyOption::rating, StudyOption::recommended)
			.containsExactly(tuple(MRI_WITHOUT_CONTRAST, USUALLY_APPROPRIATE, true),
					tuple(CT_MYELOGRAPHY, MAY_BE_APPROPRIATE, false),
					tuple(MRI_WITHOUT_AND_WITH_CONTRAST, USUALLY_APPROPRIATE, false));
	}

	@Test
	void pregnancyAloneRecommendsMriWithoutContrastWithoutOfferingCtMyelography() {
		assertThat(optionsFor(PREGNANCY)).extracting(StudyOption::study, StudyOption::recommended)
			.containsExactly(tuple(MRI_WITHOUT_CONTRAST, true), tuple(MRI_WITHOUT_AND_WITH_CONTRAST, false));
	}

	@Test
	void pregnancyWithKidneyRiskAlsoOffersCtMyelography() {
		assertThat(optionsFor(PREGNANCY, KIDNEY_FUNCTION)).extracting(StudyOption::study, StudyOption::recommended)
			.containsExactly(tuple(MRI_WITHOUT_CONTRAST, true), tuple(CT_MYELOGRAPHY, false),
					tuple(MRI_WITHOUT_AND_WITH_CONTRAST, false));
	}

	@Test
	void mrUnsafeImplantRecommendsCtMyelography() {
		assertThat(optionsFor(MRI_UNSAFE_IMPLANT))
			.extracting(StudyOption::study, StudyOption::rating, StudyOption::recommended)
			.containsExactly(tuple(CT_MYELOGRAPHY, MAY_BE_APPROPRIATE, true),
					tuple(MRI_WITHOUT_AND_WITH_CONTRAST, USUALLY_APPROPRIATE, false));
	}

	@Test
	void mrUnsafeImplantWithKidneyRiskRecommendsCtMyelographyAndNoMriWithoutContrast() {
		assertThat(optionsFor(MRI_UNSAFE_IMPLANT, KIDNEY_FUNCTION))
			.extracting(StudyOption::study, StudyOption::recommended)
			.containsExactly(tuple(CT_MYELOGRAPHY, true), tuple(MRI_WITHOUT_AND_WITH_CONTRAST, false));
	}

	@ParameterizedTest
	@EnumSource(value = SafetyConcern.class, names = { "MR_CONDITIONAL_IMPLANT", "NO_RECENT_EGFR", "SPINAL_HARDWARE",
			"PERONEAL_NEUROPATHY", "DATA_NOT_CHECKED" })
	void notesDoNotChangeTheRecommendation(SafetyConcern note) {
		assertThat(optionsFor(note)).isEqualTo(optionsFor());
	}

	@Test
	void everyCombinationOffersOnlyOfferableStudiesWithExactlyOneRecommended() {
		List<SafetyConcern> contraindications = List.of(KIDNEY_FUNCTION, CONTRAST_ALLERGY, PREGNANCY,
				MRI_UNSAFE_IMPLANT);
		for (int mask = 0; mask < 1 << contraindications.size(); mask++) {
			List<SafetyConcern> concerns = new ArrayList<>();
			for (int i = 0; i < contraindications.size(); i++) {
				if ((mask & 1 << i) != 0) {
					concerns.add(contraindications.get(i));
				}
			}
			List<StudyOption> options = optionsFor(concerns.toArray(SafetyConcern[]::new));

			assertThat(options).as("options for %s", concerns).filteredOn(StudyOption::recommended).hasSize(1);
			assertThat(options).as("options for %s", concerns)
				.extracting(StudyOption::study)
				.doesNotHaveDuplicates()
				.endsWith(MRI_WITHOUT_AND_WITH_CONTRAST)
				.allMatch(StudyOptions.OFFERABLE::contains);
			assertThat(options.get(0).recommended()).as("the recommended study first for %s", concerns).isTrue();
			assertThat(options).as("ratings for %s", concerns)
				.allMatch(option -> org.spinecds.guideline.acr.lbp.LbpFixtures.rate("V5", option.study()) == option
					.rating());
			assertThat(options.get(options.size() - 1).recommended()).as("MRI with gadolinium for %s", concerns)
				.isEqualTo(concerns.isEmpty());
		}
	}

}

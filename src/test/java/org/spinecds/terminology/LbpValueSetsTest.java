package org.spinecds.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Low Back Pain value sets match what lbp-topic.md 2 verifies, and no more. */
class LbpValueSetsTest {

	private static final ValueSets VALUE_SETS = TestTerminology.builtInValueSets();

	private static boolean has(String url, String system, String code) {
		return VALUE_SETS.contains(url, system, code);
	}

	@Test
	void cancerCoversTheIcdRangeByPatternButNotOtherChapters() {
		assertThat(has(ValueSetUrls.LBP_CANCER, TestTerminology.ICD10CM, "C61")).isTrue();
		assertThat(has(ValueSetUrls.LBP_CANCER, TestTerminology.ICD10CM, "C79.51")).isTrue();
		assertThat(has(ValueSetUrls.LBP_CANCER, TestTerminology.ICD10CM, "C96.9")).isTrue();
		assertThat(has(ValueSetUrls.LBP_CANCER, TestTerminology.ICD10CM, "C97")).isFalse();
		assertThat(has(ValueSetUrls.LBP_CANCER, TestTerminology.ICD10CM, "D03.9")).isFalse();
		// C44 is in the value set; the guideline's setting excludes it
		assertThat(has(ValueSetUrls.LBP_CANCER, TestTerminology.ICD10CM, "C44.91")).isTrue();
	}

	@Test
	void lowBackPainHasTheLegacyCodeButNotTheUnverifiedNewOnes() {
		assertThat(has(ValueSetUrls.LBP_LOW_BACK_PAIN, TestTerminology.ICD10CM, "M54.5")).isTrue();
		assertThat(has(ValueSetUrls.LBP_LOW_BACK_PAIN, TestTerminology.ICD10CM, "M5416")).isTrue();
		assertThat(has(ValueSetUrls.LBP_LOW_BACK_PAIN, TestTerminology.ICD10CM, "M54.50")).isFalse();
		assertThat(has(ValueSetUrls.LBP_LOW_BACK_PAIN, TestTerminology.SNOMED, "279039007")).isTrue();
	}

	@Test
	void lumbarFracturesMatchByPrefixOnly() {
		assertThat(has(ValueSetUrls.LBP_LOW_VELOCITY_TRAUMA, TestTerminology.ICD10CM, "S32.000A")).isTrue();
		assertThat(has(ValueSetUrls.LBP_LOW_VELOCITY_TRAUMA, TestTerminology.ICD10CM, "S32.10XA")).isFalse();
	}

	@Test
	void chiropracticManipulationIsNotVerifiedAsManagement() {
		assertThat(has(ValueSetUrls.LBP_CONSERVATIVE_MANAGEMENT, TestTerminology.CPT, "97110")).isTrue();
		assertThat(has(ValueSetUrls.LBP_CONSERVATIVE_MANAGEMENT, TestTerminology.CPT, "98940")).isFalse();
	}

}

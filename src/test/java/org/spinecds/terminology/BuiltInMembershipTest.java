package org.spinecds.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.terminology.TestTerminology.CPT;
import static org.spinecds.terminology.TestTerminology.ICD10CM;
import static org.spinecds.terminology.TestTerminology.ICD10PCS;
import static org.spinecds.terminology.TestTerminology.LOINC;
import static org.spinecds.terminology.TestTerminology.SNOMED;
import static org.spinecds.terminology.ValueSetUrls.*;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuiltInMembershipTest {

	private final ValueSets valueSets = TestTerminology.builtInValueSets();

	private Set<String> setsContaining(String system, String code) {
		return valueSets.urls()
			.stream()
			.filter(url -> valueSets.contains(url, system, code))
			.collect(Collectors.toSet());
	}

	@Test
	void footDropMatchesSnomedAndIcd10CmCodes() {
		assertThat(valueSets.contains(FOOT_DROP, SNOMED, "6077001")).isTrue();
		assertThat(valueSets.contains(FOOT_DROP, ICD10CM, "M21.371")).isTrue();
		assertThat(valueSets.contains(FOOT_DROP, ICD10CM, "M21.372")).isTrue();
		assertThat(valueSets.contains(FOOT_DROP, ICD10CM, "M21.379")).isTrue();
		assertThat(valueSets.contains(FOOT_DROP, ICD10CM, "M21.37")).isFalse();
		assertThat(valueSets.contains(FOOT_DROP, SNOMED, "399081005")).isFalse();
	}

	@Test
	void icd10CmCodeWithoutDotMatchesFootDrop() {
		assertThat(valueSets.contains(FOOT_DROP, ICD10CM, "M21372")).isTrue();
		assertThat(setsContaining(ICD10CM, "M21372")).containsExactly(FOOT_DROP);
	}

	@Test
	void missingDotRuleAppliesOnlyToIcd10Cm() {
		assertThat(valueSets.contains(IMAGING_LUMBAR_MRI_WITHOUT_AND_WITH_CONTRAST, LOINC, "249672")).isFalse();
		assertThat(valueSets.contains(FOOT_DROP, SNOMED, "M21372")).isFalse();
	}

	@Test
	void codesAndSystemsCompareExactly() {
		assertThat(valueSets.contains(FOOT_DROP, ICD10CM, "m21.372")).isFalse();
		assertThat(valueSets.contains(FOOT_DROP, ICD10CM, " M21.372")).isFalse();
		assertThat(valueSets.contains(FOOT_DROP, "http://hl7.org/fhir/sid/icd-10", "M21.372")).isFalse();
		assertThat(valueSets.contains(FOOT_DROP, "http://snomed.info/sct/", "6077001")).isFalse();
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, ICD10PCS, "0sg00aj")).isFalse();
	}

	@Test
	void peronealNeuropathyIsSeparateFromFootDrop() {
		assertThat(valueSets.contains(PERONEAL_NEUROPATHY, SNOMED, "399081005")).isTrue();
		assertThat(valueSets.contains(PERONEAL_NEUROPATHY, SNOMED, "25604001")).isTrue();
		assertThat(valueSets.contains(PERONEAL_NEUROPATHY, ICD10CM, "G57.30")).isTrue();
		assertThat(valueSets.contains(PERONEAL_NEUROPATHY, ICD10CM, "G57.32")).isTrue();
		assertThat(valueSets.contains(PERONEAL_NEUROPATHY, ICD10CM, "G5733")).isTrue();
		assertThat(valueSets.contains(PERONEAL_NEUROPATHY, ICD10CM, "G57.3")).isFalse();
		assertThat(valueSets.contains(PERONEAL_NEUROPATHY, SNOMED, "6077001")).isFalse();
	}

	@Test
	void icd10PcsFusionCodeMatchesByPrefixFilter() {
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, ICD10PCS, "0SG00AJ")).isTrue();
		assertThat(valueSets.contains(LUMBAR_FUSION_HARDWARE, ICD10PCS, "0SG00AJ")).isTrue();
		assertThat(valueSets.contains(LUMBAR_FUSION_HARDWARE, ICD10PCS, "0SG1071")).isTrue();
		assertThat(valueSets.contains(LUMBAR_FUSION_HARDWARE, ICD10PCS, "0SG30AJ")).isTrue();
		assertThat(valueSets.contains(LUMBAR_FUSION_HARDWARE, ICD10PCS, "0SR20JZ")).isTrue();
		assertThat(valueSets.contains(LUMBAR_FUSION_HARDWARE, ICD10PCS, "0SW004Z")).isTrue();
	}

	@Test
	void icd10PcsDiscectomyIsLumbarSurgeryButNotFusionHardware() {
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, ICD10PCS, "0SB20ZZ")).isTrue();
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, ICD10PCS, "0SB40ZZ")).isTrue();
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, ICD10PCS, "0QB00ZZ")).isTrue();
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, ICD10PCS, "0ST20ZZ")).isTrue();
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, ICD10PCS, "0ST40ZZ")).isTrue();
		assertThat(valueSets.contains(LUMBAR_FUSION_HARDWARE, ICD10PCS, "0SB20ZZ")).isFalse();
		assertThat(valueSets.contains(LUMBAR_FUSION_HARDWARE, ICD10PCS, "0ST20ZZ")).isFalse();
	}

	@Test
	void icd10PcsPrefixFilterMustMatchTheWholeCodeFromTheStart() {
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, ICD10PCS, "X0SG00AJ")).isFalse();
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, ICD10PCS, "0RG00AJ")).isFalse(); // cervical
																								// fusion
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, ICD10PCS, "0ST30ZZ")).isFalse(); // not
																								// listed
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, CPT, "0SG00AJ")).isFalse(); // right
																						// code,
																						// wrong
																						// system
	}

	@Test
	void levelUnspecifiedLaminectomyIsNotLumbarSurgery() {
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, SNOMED, "387731002")).isFalse();
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, SNOMED, "55705006")).isFalse();
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, SNOMED, "392236004")).isFalse();
	}

	@Test
	void lumbarSpineSurgeryIncludesDecompressionAndAllFusionHardwareCodes() {
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, SNOMED, "427752004")).isTrue();
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, CPT, "63030")).isTrue();
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, CPT, "62380")).isTrue();
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, CPT, "22612")).isTrue();
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, SNOMED, "449048009")).isTrue();
		assertThat(valueSets.contains(LUMBAR_SPINE_SURGERY, CPT, "72158")).isFalse();
	}

	@Test
	void decompressionWithoutImplantIsNotFusionHardware() {
		assertThat(valueSets.contains(LUMBAR_FUSION_HARDWARE, CPT, "22633")).isTrue();
		assertThat(valueSets.contains(LUMBAR_FUSION_HARDWARE, SNOMED, "50172003")).isTrue();
		assertThat(valueSets.contains(LUMBAR_FUSION_HARDWARE, CPT, "63030")).isFalse();
		assertThat(valueSets.contains(LUMBAR_FUSION_HARDWARE, CPT, "63047")).isFalse();
		assertThat(valueSets.contains(LUMBAR_FUSION_HARDWARE, SNOMED, "427752004")).isFalse();
	}

	@Test
	void postLumbarSurgeryConditionMatchesPostLaminectomyCodes() {
		assertThat(valueSets.contains(POST_LUMBAR_SURGERY_CONDITION, ICD10CM, "M96.1")).isTrue();
		assertThat(valueSets.contains(POST_LUMBAR_SURGERY_CONDITION, ICD10CM, "M961")).isTrue();
		assertThat(valueSets.contains(POST_LUMBAR_SURGERY_CONDITION, SNOMED, "202725007")).isTrue();
		assertThat(valueSets.contains(POST_LUMBAR_SURGERY_CONDITION, SNOMED, "27151001")).isTrue();
		assertThat(valueSets.contains(POST_LUMBAR_SURGERY_CONDITION, SNOMED, "429164009")).isTrue();
		assertThat(valueSets.contains(POST_LUMBAR_SURGERY_CONDITION, SNOMED, "427752004")).isFalse();
		assertThat(valueSets.contains(POST_LUMBAR_SURGERY_CONDITION, ICD10CM, "M96")).isFalse();
	}

	@Test
	void mriWithoutAndWithContrastCodeIsInNoOtherValueSet() {
		assertThat(setsContaining(CPT, "72158")).containsExactly(IMAGING_LUMBAR_MRI_WITHOUT_AND_WITH_CONTRAST);
		assertThat(setsContaining(LOINC, "24967-2")).containsExactly(IMAGING_LUMBAR_MRI_WITHOUT_AND_WITH_CONTRAST);
	}

	@ParameterizedTest(name = "{0} {1} only in {2}")
	@CsvSource({ "http://www.ama-assn.org/go/cpt, 72100, imaging-lumbar-radiography",
			"http://www.ama-assn.org/go/cpt, 72110, imaging-lumbar-radiography",
			"http://www.ama-assn.org/go/cpt, 72114, imaging-lumbar-radiography",
			"http://loinc.org, 24970-6, imaging-lumbar-radiography",
			"http://loinc.org, 24972-2, imaging-lumbar-radiography",
			"http://loinc.org, 30775-1, imaging-lumbar-radiography",
			"http://loinc.org, 24971-4, imaging-lumbar-radiography",
			"http://snomed.info/sct, 840361000, imaging-lumbar-radiography",
			"http://snomed.info/sct, 22791004, imaging-lumbar-radiography",
			"http://www.ama-assn.org/go/cpt, 72148, imaging-lumbar-mri-without-contrast",
			"http://loinc.org, 30679-5, imaging-lumbar-mri-without-contrast",
			"http://snomed.info/sct, 394451000119106, imaging-lumbar-mri-without-contrast",
			"http://www.ama-assn.org/go/cpt, 72149, imaging-lumbar-mri-with-contrast",
			"http://loinc.org, 30678-7, imaging-lumbar-mri-with-contrast",
			"http://snomed.info/sct, 41333006, imaging-lumbar-mri-with-contrast",
			"http://loinc.org, 24968-0, imaging-lumbar-mri-contrast-unspecified",
			"http://www.ama-assn.org/go/cpt, 72131, imaging-lumbar-ct-without-contrast",
			"http://loinc.org, 30620-9, imaging-lumbar-ct-without-contrast",
			"http://snomed.info/sct, 572091000119106, imaging-lumbar-ct-without-contrast",
			"http://www.ama-assn.org/go/cpt, 72132, imaging-lumbar-ct-with-contrast",
			"http://loinc.org, 24964-9, imaging-lumbar-ct-with-contrast",
			"http://snomed.info/sct, 90523008, imaging-lumbar-ct-with-contrast",
			"http://www.ama-assn.org/go/cpt, 72133, imaging-lumbar-ct-without-and-with-contrast",
			"http://loinc.org, 36402-6, imaging-lumbar-ct-without-and-with-contrast",
			"http://loinc.org, 24963-1, imaging-lumbar-ct-contrast-unspecified",
			"http://loinc.org, 24965-6, imaging-lumbar-ct-myelography",
			"http://snomed.info/sct, 241592002, imaging-lumbar-ct-myelography",
			"http://www.ama-assn.org/go/cpt, 62304, imaging-lumbar-myelography",
			"http://loinc.org, 24974-8, imaging-lumbar-myelography", })
	void imagingCodeBelongsToExactlyOneProcedureCategory(String system, String code, String valueSetId) {
		assertThat(setsContaining(system, code)).containsExactly(ValueSetUrls.BASE + valueSetId);
	}

	@Test
	void imagingCodesOfOtherRegionsOrUnverifiedCodesAreNotRecognized() {
		assertThat(setsContaining(CPT, "72265")).isEmpty(); // v3 only in clinical.md
		assertThat(setsContaining(CPT, "72240")).isEmpty(); // cervical myelography
		assertThat(setsContaining(CPT, "73718")).isEmpty(); // lower extremity MRI
		assertThat(setsContaining(LOINC, "24531-6")).isEmpty(); // wrongly mapped to
																// lumbar MRI in public
																// code
	}

}

package org.spinecds.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.guideline.Fhir.CPT;
import static org.spinecds.guideline.Fhir.LOINC;
import static org.spinecds.guideline.Fhir.SNOMED;
import static org.spinecds.guideline.Fhir.order;

import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinecds.terminology.TestTerminology;

class StudyClassifierTest {

	private final StudyClassifier classifier = new StudyClassifier(TestTerminology.builtInValueSets());

	@ParameterizedTest
	@CsvSource({ "RADIOGRAPHY, CPT, 72100", "RADIOGRAPHY, CPT, 72110", "RADIOGRAPHY, LOINC, 24970-6",
			"RADIOGRAPHY, SNOMED, 840361000", "MRI_WITHOUT_AND_WITH_CONTRAST, CPT, 72158",
			"MRI_WITHOUT_AND_WITH_CONTRAST, LOINC, 24967-2", "MRI_WITHOUT_CONTRAST, CPT, 72148",
			"MRI_WITHOUT_CONTRAST, LOINC, 30679-5", "MRI_WITHOUT_CONTRAST, SNOMED, 394451000119106",
			"MRI_WITH_CONTRAST, CPT, 72149", "MRI_WITH_CONTRAST, LOINC, 30678-7", "MRI_WITH_CONTRAST, SNOMED, 41333006",
			"MRI_CONTRAST_UNSPECIFIED, LOINC, 24968-0", "CT_WITHOUT_CONTRAST, CPT, 72131",
			"CT_WITHOUT_CONTRAST, LOINC, 30620-9", "CT_WITHOUT_CONTRAST, SNOMED, 572091000119106",
			"CT_WITH_CONTRAST, CPT, 72132", "CT_WITH_CONTRAST, LOINC, 24964-9", "CT_WITH_CONTRAST, SNOMED, 90523008",
			"CT_WITHOUT_AND_WITH_CONTRAST, CPT, 72133", "CT_WITHOUT_AND_WITH_CONTRAST, LOINC, 36402-6",
			"CT_CONTRAST_UNSPECIFIED, LOINC, 24963-1", "CT_MYELOGRAPHY, LOINC, 24965-6",
			"CT_MYELOGRAPHY, SNOMED, 241592002", "MYELOGRAPHY, CPT, 62304", "MYELOGRAPHY, LOINC, 24974-8" })
	void recognisesEachStudyByItsCode(StudyCategory category, String system, String code) {
		String uri = switch (system) {
			case "CPT" -> CPT;
			case "LOINC" -> LOINC;
			default -> SNOMED;
		};
		ServiceRequest order = order(uri, code).id("sr-x").build();

		assertThat(classifier.classify(order)).hasValueSatisfying(study -> {
			assertThat(study.category()).isEqualTo(category);
			assertThat(study.matchedCode().getSystem()).isEqualTo(uri);
			assertThat(study.matchedCode().getCode()).isEqualTo(code);
			assertThat(study.order()).isSameAs(order);
			assertThat(study.reference()).isEqualTo("ServiceRequest/sr-x");
		});
	}

	@Test
	void matchedCodeIsTheCodingThatPlacedTheOrder() {
		ServiceRequest order = order(CPT, "99999").alsoCoded(LOINC, "30620-9").build();

		assertThat(classifier.classify(order)).hasValueSatisfying(study -> {
			assertThat(study.category()).isEqualTo(StudyCategory.CT_WITHOUT_CONTRAST);
			assertThat(study.matchedCode().getCode()).isEqualTo("30620-9");
		});
	}

	@Test
	void orderWithAnEmptyCodingIsOutOfScope() {
		assertThat(classifier.classify(order().build())).isEmpty();
	}

	@Test
	void orderWithoutCodeIsOutOfScope() {
		ServiceRequest order = order().build();
		order.setCode(null);

		assertThat(classifier.classify(order)).isEmpty();
	}

	@Test
	void legMriIsOutOfScope() {
		assertThat(classifier.classify(order(LOINC, "30869-2").build())).isEmpty();
	}

	@Test
	void lumbarCodeInAnotherSystemIsOutOfScope() {
		assertThat(classifier.classify(order(LOINC, "72148").build())).isEmpty();
		assertThat(classifier.classify(order(SNOMED, "72158").build())).isEmpty();
	}

}

package org.spinecds.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spinecds.terminology.TestTerminology.CPT;
import static org.spinecds.terminology.TestTerminology.ICD10CM;
import static org.spinecds.terminology.TestTerminology.LOINC;
import static org.spinecds.terminology.TestTerminology.SNOMED;
import static org.spinecds.terminology.ValueSetUrls.FOOT_DROP;
import static org.spinecds.terminology.ValueSetUrls.IMAGING_LUMBAR_MRI_WITHOUT_AND_WITH_CONTRAST;
import static org.spinecds.terminology.ValueSetUrls.LUMBAR_SPINE_SURGERY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

class ValueSetsMatchingTest {

	private static final String UNKNOWN = "http://example.org/fhir/ValueSet/no-such-set";

	private final ValueSets valueSets = TestTerminology.builtInValueSets();

	private static CodeableConcept concept(Coding... codings) {
		CodeableConcept concept = new CodeableConcept();
		Arrays.stream(codings).forEach(concept::addCoding);
		return concept;
	}

	@Test
	void firstMatchReturnsTheMatchingCodingOfAMultiCodingConcept() {
		Coding local = new Coding("http://hospital.example/orderables", "MRLSWWO", "MRI L-spine w/o+w");
		Coding loinc = new Coding(LOINC, "24967-2", "MR Lumbar spine WO and W contrast IV");
		Coding cpt = new Coding(CPT, "72158", null);

		assertThat(valueSets.firstMatch(IMAGING_LUMBAR_MRI_WITHOUT_AND_WITH_CONTRAST, concept(local, loinc, cpt)))
			.containsSame(loinc);
	}

	@Test
	void firstMatchReturnsTheCodingAsSentEvenWhenMatchedWithoutDot() {
		Coding dotless = new Coding(ICD10CM, "M21372", null);
		assertThat(valueSets.firstMatch(FOOT_DROP, concept(new Coding(SNOMED, "128196005", null), dotless)))
			.hasValueSatisfying(c -> assertThat(c.getCode()).isEqualTo("M21372"));
	}

	@Test
	void firstMatchIsEmptyWhenNoCodingMatches() {
		assertThat(valueSets.firstMatch(FOOT_DROP, concept(new Coding(SNOMED, "387731002", null)))).isEmpty();
	}

	@Test
	void emptyCodingIsNoMatch() {
		ServiceRequest order = TestTerminology.FHIR.newJsonParser()
			.parseResource(ServiceRequest.class, "{\"resourceType\":\"ServiceRequest\",\"code\":{\"coding\":[{}]}}");
		assertThat(order.getCode().getCoding()).hasSize(1);
		assertThat(valueSets.firstMatch(IMAGING_LUMBAR_MRI_WITHOUT_AND_WITH_CONTRAST, order.getCode())).isEmpty();
		assertThat(valueSets.firstMatch(FOOT_DROP, concept(new Coding()))).isEmpty();
	}

	@Test
	void codingWithoutSystemOrCodeIsNoMatch() {
		assertThat(valueSets.firstMatch(FOOT_DROP, concept(new Coding(null, "6077001", "Foot-drop")))).isEmpty();
		assertThat(valueSets.firstMatch(FOOT_DROP, concept(new Coding(SNOMED, null, "Foot-drop")))).isEmpty();
		assertThat(valueSets.contains(FOOT_DROP, null, "6077001")).isFalse();
		assertThat(valueSets.contains(FOOT_DROP, SNOMED, null)).isFalse();
	}

	@Test
	void nullConceptOrListIsNoMatch() {
		assertThat(valueSets.firstMatch(FOOT_DROP, (CodeableConcept) null)).isEmpty();
		assertThat(valueSets.firstMatch(FOOT_DROP, (List<CodeableConcept>) null)).isEmpty();
		assertThat(valueSets.firstMatch(FOOT_DROP, new ArrayList<>(Arrays.asList(null, new CodeableConcept()))))
			.isEmpty();
	}

	@Test
	void firstMatchOverListReturnsFirstMatchInListOrder() {
		Coding radiculopathy = new Coding(ICD10CM, "M54.16", null);
		Coding laminectomy = new Coding(SNOMED, "427752004", null);
		Coding fusion = new Coding(CPT, "22612", null);
		List<CodeableConcept> concepts = List.of(concept(radiculopathy), concept(laminectomy), concept(fusion));

		assertThat(valueSets.firstMatch(LUMBAR_SPINE_SURGERY, concepts)).containsSame(laminectomy);
		assertThat(valueSets.firstMatch(FOOT_DROP, concepts)).isEmpty();
	}

	@Test
	void unknownValueSetUrlIsAProgrammingError() {
		assertThatThrownBy(() -> valueSets.contains(UNKNOWN, SNOMED, "6077001"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(UNKNOWN);
		assertThatThrownBy(() -> valueSets.firstMatch(UNKNOWN, (CodeableConcept) null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(UNKNOWN);
		assertThatThrownBy(() -> valueSets.firstMatch(UNKNOWN, List.of())).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(UNKNOWN);
		assertThatThrownBy(() -> valueSets.title(UNKNOWN)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(UNKNOWN);
		assertThatThrownBy(() -> valueSets.contains(null, SNOMED, "6077001"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void urlsCannotBeModified() {
		assertThatThrownBy(() -> valueSets.urls().add(UNKNOWN)).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void concurrentLookupsGiveTheSameAnswers() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			Callable<Boolean> lookup = () -> valueSets.contains(LUMBAR_SPINE_SURGERY, TestTerminology.ICD10PCS,
					"0SG00AJ") && !valueSets.contains(LUMBAR_SPINE_SURGERY, SNOMED, "387731002");
			List<Future<Boolean>> results = pool.invokeAll(Collections.nCopies(200, lookup));
			for (Future<Boolean> result : results) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void listedCodesAreSearchTokensOfTheExplicitConceptsOnly() {
		ValueSets valueSets = TestTerminology.builtInValueSets();
		assertThat(valueSets.listedCodes(ValueSetUrls.PREGNANCY_STATUS_OBSERVATION))
			.containsExactly("http://loinc.org|82810-3");
		assertThat(valueSets.listedCodes(ValueSetUrls.EGFR)).hasSize(15)
			.contains("http://loinc.org|98979-8")
			.doesNotContain("http://loinc.org|2160-0");
		assertThat(valueSets.listedCodes(ValueSetUrls.LUMBAR_SPINE_SURGERY))
			.contains("http://www.ama-assn.org/go/cpt|22612", "http://www.cms.gov/Medicare/Coding/ICD10|0ST20ZZ")
			.noneMatch(token -> token.contains("0SG0"));
	}

}

package org.spinecds.guideline.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.guideline.Evidence.span;
import static org.spinecds.guideline.Fhir.CPT;
import static org.spinecds.guideline.Fhir.ICD10CM;
import static org.spinecds.guideline.Fhir.ICD10PCS;
import static org.spinecds.guideline.Fhir.SNOMED;
import static org.spinecds.guideline.Fhir.condition;
import static org.spinecds.guideline.Fhir.order;
import static org.spinecds.guideline.Fhir.procedure;

import java.util.List;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecds.terminology.TestTerminology;

class LumbarSurgeryFinderTest {

	private final LumbarSurgeryFinder finder = new LumbarSurgeryFinder(TestTerminology.builtInValueSets());

	private final ServiceRequest mriOrder = order(CPT, "72148").id("sr-mri").build();

	private List<SurgeryEvidence> find(Procedure... procedures) {
		return finder.find(List.of(procedures), List.of(), mriOrder);
	}

	private List<SurgeryEvidence> findInConditions(Condition... conditions) {
		return finder.find(List.of(), List.of(conditions), mriOrder);
	}

	private static String system(String name) {
		return switch (name) {
			case "CPT" -> CPT;
			case "SNOMED" -> SNOMED;
			case "PCS" -> ICD10PCS;
			default -> throw new IllegalArgumentException(name);
		};
	}

	@Test
	void completedLumbarProcedureCounts() {
		List<SurgeryEvidence> found = find(procedure(CPT, "63030").id("proc-disc").performed("2025-03-10").build());

		assertThat(found).singleElement().satisfies(surgery -> {
			assertThat(surgery.source()).isEqualTo(EvidenceSource.PROCEDURE);
			assertThat(surgery.reference()).isEqualTo("Procedure/proc-disc");
			assertThat(surgery.code().getCode()).isEqualTo("63030");
			assertThat(surgery.performed()).contains(span("2025-03-10"));
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "in-progress", "not-done", "entered-in-error", "preparation", "stopped", "unknown" })
	void procedureThatIsNotCompletedDoesNotCount(String status) {
		assertThat(find(procedure(CPT, "63030").status(status).performed("2025-03-10").build())).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "CPT, 63030", "CPT, 63047", "CPT, 62380", "CPT, 22612", "CPT, 22630", "SNOMED, 427752004",
			"SNOMED, 50172003", "SNOMED, 277764006", "PCS, 0SB20ZZ", "PCS, 0SB40ZZ", "PCS, 0SG00AJ", "PCS, 0SG1071",
			"PCS, 0ST20ZZ" })
	void lumbarSurgeryIsRecognisedByCptSnomedAndIcd10PcsPrefix(String system, String code) {
		assertThat(find(procedure(system(system), code).build())).singleElement()
			.satisfies(surgery -> assertThat(surgery.code().getCode()).isEqualTo(code));
	}

	@ParameterizedTest
	@CsvSource({ "SNOMED, 387731002", "SNOMED, 392236004", "CPT, 22551", "PCS, 0SB", "PCS, 0RG00AJ", "PCS, 0sb20zz" })
	void nonLumbarOrUnspecifiedLevelSurgeryDoesNotCount(String system, String code) {
		assertThat(find(procedure(system(system), code).build())).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "PCS, 0SG00AJ", "CPT, 22612", "SNOMED, 50172003", "CPT, 22558", "SNOMED, 34238000" })
	void fusionLeavesHardware(String system, String code) {
		assertThat(find(procedure(system(system), code).build()).get(0).hardware()).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "CPT, 63030", "PCS, 0SB20ZZ", "SNOMED, 427752004", "CPT, 63047" })
	void decompressionLeavesNoHardware(String system, String code) {
		assertThat(find(procedure(system(system), code).build()).get(0).hardware()).isFalse();
	}

	@Test
	void performedPeriodGivesTheSurgeryDate() {
		SurgeryEvidence found = find(
				procedure(CPT, "22612").performedPeriod("2024-05-14T08:00:00Z", "2024-05-14T12:30:00Z").build())
			.get(0);

		assertThat(found.performed()).contains(span("2024-05-14"));
	}

	@Test
	void undatedProcedureCountsWithoutADate() {
		assertThat(find(procedure(CPT, "63030").build()).get(0).performed()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "active", "resolved", "inactive", "remission" })
	void postLaminectomySyndromeConditionCountsWhateverItsClinicalStatus(String clinicalStatus) {
		List<SurgeryEvidence> found = findInConditions(
				condition(SNOMED, "202725007").id("plss").clinicalStatus(clinicalStatus).build());

		assertThat(found).singleElement().satisfies(surgery -> {
			assertThat(surgery.source()).isEqualTo(EvidenceSource.CONDITION);
			assertThat(surgery.reference()).isEqualTo("Condition/plss");
			assertThat(surgery.performed()).isEmpty();
			assertThat(surgery.hardware()).isFalse();
		});
	}

	@ParameterizedTest
	@CsvSource({ "SNOMED, 27151001", "SNOMED, 429164009", "ICD10CM, M96.1", "ICD10CM, M961" })
	void historyOfLumbarSurgeryConditionsCount(String system, String code) {
		String uri = system.equals("SNOMED") ? SNOMED : ICD10CM;

		assertThat(findInConditions(condition(uri, code).build())).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "refuted", "entered-in-error" })
	void refutedPostLaminectomySyndromeDoesNotCount(String verificationStatus) {
		assertThat(findInConditions(condition(SNOMED, "202725007").verificationStatus(verificationStatus).build()))
			.isEmpty();
	}

	@Test
	void footDropConditionIsNotSurgery() {
		assertThat(findInConditions(condition(SNOMED, "6077001").build())).isEmpty();
	}

	@Test
	void postLaminectomySyndromeInTheOrdersReasonCodeCounts() {
		ServiceRequest order = order(CPT, "72148").id("sr-reason")
			.reason(SNOMED, "6077001")
			.reason(SNOMED, "202725007")
			.build();

		List<SurgeryEvidence> found = finder.find(List.of(), List.of(), order);

		assertThat(found).singleElement().satisfies(surgery -> {
			assertThat(surgery.source()).isEqualTo(EvidenceSource.ORDER_REASON);
			assertThat(surgery.reference()).isEqualTo("ServiceRequest/sr-reason");
			assertThat(surgery.code().getCode()).isEqualTo("202725007");
			assertThat(surgery.performed()).isEmpty();
		});
	}

	@Test
	void proceduresThenConditionsThenOrderReason() {
		ServiceRequest order = order(CPT, "72148").id("sr-reason").reason(SNOMED, "202725007").build();

		List<SurgeryEvidence> found = finder.find(
				List.of(procedure(CPT, "63030").id("p1").build(), procedure(CPT, "22612").id("p2").build()),
				List.of(condition(ICD10CM, "M96.1").id("c1").build()), order);

		assertThat(found).extracting(SurgeryEvidence::reference)
			.containsExactly("Procedure/p1", "Procedure/p2", "Condition/c1", "ServiceRequest/sr-reason");
	}

}

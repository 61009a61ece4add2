package org.spinecds.guideline.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.guideline.Evidence.span;
import static org.spinecds.guideline.Fhir.CPT;
import static org.spinecds.guideline.Fhir.ICD10CM;
import static org.spinecds.guideline.Fhir.SNOMED;
import static org.spinecds.guideline.Fhir.condition;
import static org.spinecds.guideline.Fhir.order;

import java.util.List;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecds.terminology.TestTerminology;

class FootDropFinderTest {

	private final FootDropFinder finder = new FootDropFinder(TestTerminology.builtInValueSets());

	private final ServiceRequest mriOrder = order(CPT, "72148").id("sr-mri").build();

	private List<FootDropEvidence> find(Condition... conditions) {
		return finder.find(List.of(conditions), mriOrder);
	}

	@ParameterizedTest
	@ValueSource(strings = { "active", "recurrence", "relapse" })
	void currentFootDropConditionCounts(String clinicalStatus) {
		List<FootDropEvidence> found = find(
				condition(SNOMED, "6077001").id("fd").clinicalStatus(clinicalStatus).build());

		assertThat(found).singleElement().satisfies(footDrop -> {
			assertThat(footDrop.source()).isEqualTo(EvidenceSource.CONDITION);
			assertThat(footDrop.reference()).isEqualTo("Condition/fd");
			assertThat(footDrop.code().getCode()).isEqualTo("6077001");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "inactive", "remission", "resolved" })
	void footDropThatIsNoLongerCurrentDoesNotCount(String clinicalStatus) {
		assertThat(find(condition(SNOMED, "6077001").clinicalStatus(clinicalStatus).build())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "refuted", "entered-in-error" })
	void refutedOrEnteredInErrorFootDropNeverCounts(String verificationStatus) {
		assertThat(find(condition(SNOMED, "6077001").verificationStatus(verificationStatus).build())).isEmpty();
		assertThat(find(condition(SNOMED, "6077001").clinicalStatus("recurrence")
			.verificationStatus(verificationStatus)
			.build())).isEmpty();
	}

	@Test
	void footDropWithoutClinicalStatusCounts() {
		assertThat(find(condition(SNOMED, "6077001").noClinicalStatus().build())).hasSize(1);
	}

	@Test
	void recurrenceAndRelapseAreMarkedAsRecurrence() {
		assertThat(find(condition(SNOMED, "6077001").clinicalStatus("recurrence").build()).get(0).recurrence())
			.isTrue();
		assertThat(find(condition(SNOMED, "6077001").clinicalStatus("relapse").build()).get(0).recurrence()).isTrue();
		assertThat(find(condition(SNOMED, "6077001").clinicalStatus("active").build()).get(0).recurrence()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "M21.371", "M21.372", "M21.379", "M21371", "M21372", "M21379" })
	void icd10CmFootDropCountsWithAndWithoutTheDot(String code) {
		List<FootDropEvidence> found = find(condition(ICD10CM, code).build());

		assertThat(found).singleElement().satisfies(footDrop -> {
			assertThat(footDrop.code().getSystem()).isEqualTo(ICD10CM);
			assertThat(footDrop.code().getCode()).isEqualTo(code);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "SNOMED:399081005", "SNOMED:25604001", "ICD10CM:G57.32", "ICD10CM:G5731" })
	void peronealNeuropathyAloneIsNotFootDrop(String systemAndCode) {
		String[] parts = systemAndCode.split(":");
		String system = parts[0].equals("SNOMED") ? SNOMED : ICD10CM;

		assertThat(find(condition(system, parts[1]).build())).isEmpty();
	}

	@Test
	void otherConditionsAreNotFootDrop() {
		assertThat(find(condition(SNOMED, "202725007").build(), condition(ICD10CM, "M21.37").build())).isEmpty();
	}

	@Test
	void onsetAndRecordedDateAreKept() {
		FootDropEvidence found = find(condition(SNOMED, "6077001").onset("2026-11-10").recorded("2026-11-12").build())
			.get(0);

		assertThat(found.onset()).contains(span("2026-11-10"));
		assertThat(found.recorded()).contains(span("2026-11-12"));
	}

	@Test
	void onsetPeriodIsAnOnset() {
		FootDropEvidence found = find(condition(SNOMED, "6077001").onsetPeriod("2026-11-10", "2026-11-12").build())
			.get(0);

		assertThat(found.onset()).hasValueSatisfying(onset -> {
			assertThat(onset.earliest()).hasToString("2026-11-10");
			assertThat(onset.latest()).hasToString("2026-11-12");
		});
	}

	@Test
	void missingOnsetIsEmpty() {
		FootDropEvidence found = find(condition(SNOMED, "6077001").build()).get(0);

		assertThat(found.onset()).isEmpty();
		assertThat(found.recorded()).isEmpty();
	}

	@Test
	void footDropInTheOrdersReasonCodeCountsWithoutDates() {
		ServiceRequest order = order(CPT, "72148").id("sr-reason")
			.reason(SNOMED, "202725007")
			.reason(SNOMED, "6077001")
			.build();

		List<FootDropEvidence> found = finder.find(List.of(), order);

		assertThat(found).singleElement().satisfies(footDrop -> {
			assertThat(footDrop.source()).isEqualTo(EvidenceSource.ORDER_REASON);
			assertThat(footDrop.reference()).isEqualTo("ServiceRequest/sr-reason");
			assertThat(footDrop.code().getCode()).isEqualTo("6077001");
			assertThat(footDrop.onset()).isEmpty();
			assertThat(footDrop.recorded()).isEmpty();
			assertThat(footDrop.recurrence()).isFalse();
		});
	}

	@Test
	void conditionsComeBeforeTheOrderReasonInRecordOrder() {
		ServiceRequest order = order(CPT, "72148").id("sr-reason").reason(ICD10CM, "M21372").build();

		List<FootDropEvidence> found = finder.find(List.of(condition(SNOMED, "6077001").id("fd-a").build(),
				condition(SNOMED, "6077001").id("fd-resolved").clinicalStatus("resolved").build(),
				condition(ICD10CM, "M21.371").id("fd-b").build()), order);

		assertThat(found).extracting(FootDropEvidence::reference)
			.containsExactly("Condition/fd-a", "Condition/fd-b", "ServiceRequest/sr-reason");
	}

	@Test
	void orderWithoutReasonsAndNoConditionsFindsNothing() {
		assertThat(find()).isEmpty();
	}

}

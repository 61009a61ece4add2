package org.spinecds.guideline.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.guideline.Fhir.SNOMED;
import static org.spinecds.guideline.Fhir.condition;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConditionStatusTest {

	@ParameterizedTest
	@CsvSource({ "active, true", "recurrence, true", "relapse, true", "inactive, false", "remission, false",
			"resolved, false" })
	void currentMeansActiveRecurrenceOrRelapse(String clinicalStatus, boolean current) {
		assertThat(ConditionStatus.isCurrent(condition(SNOMED, "6077001").clinicalStatus(clinicalStatus).build()))
			.isEqualTo(current);
	}

	@Test
	void missingClinicalStatusCountsAsCurrent() {
		assertThat(ConditionStatus.isCurrent(condition(SNOMED, "6077001").noClinicalStatus().build())).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "active, false", "recurrence, true", "relapse, true", "resolved, false" })
	void recurrenceMeansRecurrenceOrRelapse(String clinicalStatus, boolean recurrence) {
		assertThat(ConditionStatus.isRecurrence(condition(SNOMED, "6077001").clinicalStatus(clinicalStatus).build()))
			.isEqualTo(recurrence);
	}

	@ParameterizedTest
	@CsvSource({ "refuted, true", "entered-in-error, true", "confirmed, false", "provisional, false",
			"unconfirmed, false" })
	void refutedAndEnteredInErrorVerificationAreNotFacts(String verificationStatus, boolean notTrue) {
		assertThat(ConditionStatus
			.isRefutedOrEnteredInError(condition(SNOMED, "6077001").verificationStatus(verificationStatus).build()))
			.isEqualTo(notTrue);
	}

	@Test
	void enteredInErrorAsClinicalStatusIsNotAFact() {
		assertThat(ConditionStatus
			.isRefutedOrEnteredInError(condition(SNOMED, "6077001").clinicalStatus("entered-in-error").build()))
			.isTrue();
	}

	@Test
	void noVerificationStatusIsAFact() {
		assertThat(ConditionStatus.isRefutedOrEnteredInError(condition(SNOMED, "6077001").build())).isFalse();
	}

	@Test
	void aStatusCodingWithoutCodeIsNoStatusNotAnError() {
		var condition = condition(SNOMED, "6077001").build();
		condition.getClinicalStatus().getCodingFirstRep().setCode(null);
		condition.getVerificationStatus()
			.addCoding()
			.setSystem("http://terminology.hl7.org/CodeSystem/condition-ver-status");

		assertThat(ConditionStatus.isCurrent(condition)).isFalse();
		assertThat(ConditionStatus.isRefutedOrEnteredInError(condition)).isFalse();
	}

}

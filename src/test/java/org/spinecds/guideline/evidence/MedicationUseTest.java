package org.spinecds.guideline.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.junit.jupiter.api.Test;
import org.spinecds.terminology.TestTerminology;
import org.spinecds.terminology.ValueSetUrls;

class MedicationUseTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private final MedicationUse use = new MedicationUse(TestTerminology.builtInValueSets());

	private static MedicationRequest prednisone(String authoredOn, int supplyDays, MedicationRequestStatus status) {
		MedicationRequest request = new MedicationRequest().setStatus(status);
		request.setId("mr-" + authoredOn);
		request.setMedication(new CodeableConcept()
			.addCoding(new org.hl7.fhir.r4.model.Coding("http://www.nlm.nih.gov/research/umls/rxnorm", "8640", null)));
		request.setAuthoredOnElement(new DateTimeType(authoredOn));
		request.getDispenseRequest()
			.setExpectedSupplyDuration((Duration) new Duration().setValue(supplyDays).setCode("d"));
		return request;
	}

	private Optional<Finding> chronic(MedicationRequest... requests) {
		return use.longestUse(Criterion.CHRONIC_STEROIDS, List.of(requests), ValueSetUrls.LBP_SYSTEMIC_GLUCOCORTICOID,
				ValueSetUrls.LBP_GLUCOCORTICOID_ROUTE_DEPENDENT, 90, 365, TODAY);
	}

	@Test
	void threeMonthlyRenewalsInARowAreNinetyDays() {
		Optional<Finding> found = chronic(prednisone("2026-05-01", 30, MedicationRequestStatus.COMPLETED),
				prednisone("2026-05-31", 30, MedicationRequestStatus.COMPLETED),
				prednisone("2026-06-30", 30, MedicationRequestStatus.COMPLETED));
		assertThat(found).hasValueSatisfying(finding -> {
			assertThat(finding.source()).isEqualTo(EvidenceSource.MEDICATION);
			assertThat(finding.date().orElseThrow().text()).isEqualTo("2026-05-01");
			assertThat(finding.reference()).contains("MedicationRequest/mr-2026-05-01");
		});
	}

	@Test
	void aGapBetweenRenewalsBreaksTheRun() {
		assertThat(chronic(prednisone("2026-05-01", 30, MedicationRequestStatus.COMPLETED),
				prednisone("2026-07-15", 30, MedicationRequestStatus.COMPLETED),
				prednisone("2026-08-14", 30, MedicationRequestStatus.COMPLETED)))
			.isEmpty();
	}

	@Test
	void useThatEndedMoreThanAYearAgoDoesNotCount() {
		assertThat(chronic(prednisone("2024-01-01", 200, MedicationRequestStatus.COMPLETED))).isEmpty();
	}

	@Test
	void anEnteredInErrorRequestDoesNotCount() {
		assertThat(chronic(prednisone("2026-05-01", 120, MedicationRequestStatus.ENTEREDINERROR))).isEmpty();
		assertThat(chronic(prednisone("2026-05-01", 120, MedicationRequestStatus.COMPLETED))).isPresent();
	}

}

package org.spinecds.guideline;

import org.spinecds.guideline.evidence.SurgeryEvidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.guideline.Evidence.footDrop;
import static org.spinecds.guideline.Evidence.surgery;
import static org.spinecds.guideline.Fhir.CPT;
import static org.spinecds.guideline.Fhir.ICD10CM;
import static org.spinecds.guideline.Fhir.NCI_THESAURUS;
import static org.spinecds.guideline.Fhir.RXNORM;
import static org.spinecds.guideline.Fhir.SNOMED;
import static org.spinecds.guideline.Fhir.allergy;
import static org.spinecds.guideline.Fhir.condition;
import static org.spinecds.guideline.Fhir.device;
import static org.spinecds.guideline.Fhir.egfr;
import static org.spinecds.guideline.Fhir.record;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecds.record.PatientRecord;
import org.spinecds.record.PrefetchKey;
import org.spinecds.terminology.TestTerminology;

/**
 * The whole safety review: every check, the notes, what could not be checked, and the
 * order they are shown in.
 */
class SafetyChecksTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private static final String RECENT = "2026-11-01";

	private final SafetyChecks checks = new SafetyChecks(TestTerminology.builtInValueSets());

	private static PostOperativeFootDrop after(SurgeryEvidence... surgeries) {
		return new PostOperativeFootDrop(footDrop().build(), surgeries[0], List.of(footDrop().build()),
				List.of(surgeries), Urgency.URGENT, OptionalLong.empty());
	}

	private static final PostOperativeFootDrop AFTER_DISCECTOMY = after(surgery().build());

	private SafetyReview review(PatientRecord record) {
		return checks.review(record, AFTER_DISCECTOMY, TODAY);
	}

	/** A record with a normal recent eGFR, so that only what a test adds shows up. */
	private static Fhir.RecordBuilder normalKidneys() {
		return record().observations(egfr("75", RECENT).id("egfr").build());
	}

	@Test
	void patientWithNothingOfConcernHasAnEmptyReview() {
		SafetyReview review = review(normalKidneys().build());

		assertThat(review.findings()).isEmpty();
		assertThat(review.avoidGadolinium()).isFalse();
		assertThat(review.avoidMri()).isFalse();
	}

	@Test
	void fusionWithHardwareIsASpinalHardwareNote() {
		SurgeryEvidence fusion = surgery().reference("Procedure/fusion")
			.code(CPT, "22612", "Arthrodesis, lumbar")
			.performed("2026-11-03")
			.hardware()
			.build();

		SafetyReview review = checks.review(normalKidneys().build(), after(fusion), TODAY);

		assertThat(review.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.concern()).isEqualTo(SafetyConcern.SPINAL_HARDWARE);
			assertThat(finding.evidence()).isEqualTo("Fusion: Arthrodesis, lumbar (22612)");
		});
		assertThat(review.contraindications()).isEmpty();
	}

	@Test
	void hardwareFromAnOlderSurgeryCounts() {
		SafetyReview review = checks
			.review(normalKidneys().build(),
					after(surgery().reference("Procedure/disc").performed("2026-11-03").build(),
							surgery().reference("Procedure/old-fusion").performed("2019-05-01").hardware().build()),
					TODAY);

		assertThat(review.findings()).extracting(SafetyFinding::evidence)
			.singleElement()
			.asString()
			.isEqualTo("Fusion: Laminotomy, lumbar (63030)");
	}

	@Test
	void discectomyLeavesNoHardwareNote() {
		assertThat(review(normalKidneys().build()).has(SafetyConcern.SPINAL_HARDWARE)).isFalse();
	}

	@Test
	void currentPeronealNeuropathyIsANote() {
		SafetyReview review = review(
				normalKidneys().conditions(condition(ICD10CM, "G57.32").id("peroneal").build()).build());

		assertThat(review.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.concern()).isEqualTo(SafetyConcern.PERONEAL_NEUROPATHY);
			assertThat(finding.contraindication()).isFalse();
			assertThat(finding.evidence()).isEqualTo("G57.32 (G57.32)");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "refuted", "entered-in-error" })
	void refutedPeronealNeuropathyIsNone(String verificationStatus) {
		assertThat(review(
				normalKidneys().conditions(condition(ICD10CM, "G57.32").verificationStatus(verificationStatus).build())
					.build())
			.findings()).isEmpty();
	}

	@Test
	void resolvedPeronealNeuropathyIsNone() {
		assertThat(review(
				normalKidneys().conditions(condition(ICD10CM, "G57.32").clinicalStatus("resolved").build()).build())
			.findings()).isEmpty();
	}

	@Test
	void observationsNotObtainedAreNamedInsteadOfAMissingEgfr() {
		SafetyReview review = review(record().notObtained(PrefetchKey.OBSERVATIONS).build());

		assertThat(review.has(SafetyConcern.NO_RECENT_EGFR)).isFalse();
		assertThat(review.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.concern()).isEqualTo(SafetyConcern.DATA_NOT_CHECKED);
			assertThat(finding.evidence()).isEqualTo("Could not be checked (the data was not available): "
					+ "kidney function (eGFR) and pregnancy status results");
		});
	}

	@Test
	void everyKeyNotObtainedIsNamedButThePatientResource() {
		SafetyReview review = review(
				normalKidneys().notObtained(PrefetchKey.PATIENT, PrefetchKey.DEVICES, PrefetchKey.ALLERGIES).build());

		assertThat(review.findings()).extracting(SafetyFinding::evidence)
			.containsExactly("Could not be checked (the data was not available): allergies, implanted devices");
	}

	@Test
	void patientResourceAloneNotObtainedIsNotNoted() {
		assertThat(review(normalKidneys().notObtained(PrefetchKey.PATIENT).build()).findings()).isEmpty();
	}

	@Test
	void noEgfrOnRecordIsANote() {
		SafetyReview review = review(record().build());

		assertThat(review.findings()).extracting(SafetyFinding::concern).containsExactly(SafetyConcern.NO_RECENT_EGFR);
		assertThat(review.contraindications()).isEmpty();
		assertThat(review.notes()).hasSize(1);
	}

	@Test
	void contraindicationsComeFirstInTheOrderOfTheirConcern() {
		PatientRecord record = record()
			.devices(device().id("stim").safety(NCI_THESAURUS, "C106047").build(),
					device().id("hip").safety(NCI_THESAURUS, "C106046").build())
			.conditions(condition(ICD10CM, "G57.32").id("peroneal").build(),
					condition(SNOMED, "77386006").id("preg").build())
			.allergies(allergy(RXNORM, "1310171").build())
			.observations(egfr("25", RECENT).build())
			.notObtained(PrefetchKey.PROCEDURES)
			.build();

		SafetyReview review = checks.review(record, after(surgery().hardware().build()), TODAY);

		assertThat(review.findings()).extracting(SafetyFinding::concern)
			.containsExactly(SafetyConcern.KIDNEY_FUNCTION, SafetyConcern.CONTRAST_ALLERGY, SafetyConcern.PREGNANCY,
					SafetyConcern.MRI_UNSAFE_IMPLANT, SafetyConcern.MR_CONDITIONAL_IMPLANT,
					SafetyConcern.SPINAL_HARDWARE, SafetyConcern.PERONEAL_NEUROPATHY, SafetyConcern.DATA_NOT_CHECKED);
		assertThat(review.contraindications()).hasSize(4);
		assertThat(review.avoidGadolinium()).isTrue();
		assertThat(review.avoidMri()).isTrue();
	}

}

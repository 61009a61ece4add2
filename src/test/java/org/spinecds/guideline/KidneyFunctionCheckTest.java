package org.spinecds.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.spinecds.guideline.Fhir.ICD10CM;
import static org.spinecds.guideline.Fhir.LOINC;
import static org.spinecds.guideline.Fhir.SNOMED;
import static org.spinecds.guideline.Fhir.condition;
import static org.spinecds.guideline.Fhir.egfr;
import static org.spinecds.guideline.Fhir.observation;
import static org.spinecds.guideline.Fhir.procedure;
import static org.spinecds.guideline.Fhir.record;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecds.record.PatientRecord;
import org.spinecds.record.PrefetchKey;
import org.spinecds.terminology.TestTerminology;

/**
 * NSF risk: latest eGFR of the last 90 days below 30, dialysis, CKD 5 / end-stage / acute
 * kidney disease.
 */
class KidneyFunctionCheckTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private final KidneyFunctionCheck check = new KidneyFunctionCheck(TestTerminology.builtInValueSets());

	private static String daysAgo(int days) {
		return TODAY.minusDays(days).toString();
	}

	private List<SafetyFinding> check(PatientRecord record) {
		return check.check(record, TODAY);
	}

	private List<SafetyFinding> kidneyFindings(PatientRecord record) {
		return check(record).stream().filter(finding -> finding.concern() == SafetyConcern.KIDNEY_FUNCTION).toList();
	}

	private List<SafetyFinding> withEgfr(Fhir.ObservationBuilder... results) {
		return check(record()
			.observations(Arrays.stream(results).map(Fhir.ObservationBuilder::build).toArray(Observation[]::new))
			.build());
	}

	@Test
	void egfr29IsAKidneyFinding() {
		assertThat(withEgfr(egfr("29", daysAgo(19)).id("egfr"))).singleElement().satisfies(finding -> {
			assertThat(finding.concern()).isEqualTo(SafetyConcern.KIDNEY_FUNCTION);
			assertThat(finding.brief()).isEqualTo("eGFR 29");
			assertThat(finding.evidence()).isEqualTo("eGFR 29 mL/min/1.73m2 on 2026-11-01");
			assertThat(finding.contraindication()).isTrue();
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "30", "31", "30.0", "90" })
	void egfr30OrMoreIsNoFindingAndNoNote(String value) {
		assertThat(withEgfr(egfr(value, daysAgo(19)))).isEmpty();
	}

	@Test
	void egfrJustBelow30Counts() {
		assertThat(withEgfr(egfr("29.9", daysAgo(19)))).extracting(SafetyFinding::brief).containsExactly("eGFR 29.9");
	}

	@ParameterizedTest
	@CsvSource({ "89", "90" })
	void lowEgfrOfTheLast90DaysCounts(int age) {
		assertThat(withEgfr(egfr("25", daysAgo(age)))).extracting(SafetyFinding::concern)
			.containsExactly(SafetyConcern.KIDNEY_FUNCTION);
	}

	@Test
	void lowEgfr91DaysOldIsOnlyANoteThatNoRecentEgfrExists() {
		assertThat(withEgfr(egfr("25", daysAgo(91)).id("old"))).singleElement().satisfies(finding -> {
			assertThat(finding.concern()).isEqualTo(SafetyConcern.NO_RECENT_EGFR);
			assertThat(finding.contraindication()).isFalse();
			assertThat(finding.evidence())
				.isEqualTo("No eGFR in the last 90 days (last: eGFR 25 mL/min/1.73m2 on " + daysAgo(91) + ")");
		});
	}

	@ParameterizedTest
	@CsvSource({ "<, 30", "<=, 29", "<, 15" })
	void egfrReportedAsBelowALimitOf30OrLessCounts(String comparator, String value) {
		assertThat(withEgfr(egfr(value, daysAgo(5)).comparator(comparator))).singleElement().satisfies(finding -> {
			assertThat(finding.concern()).isEqualTo(SafetyConcern.KIDNEY_FUNCTION);
			assertThat(finding.evidence()).startsWith("eGFR " + comparator + value + " mL/min/1.73m2 on ");
		});
	}

	@ParameterizedTest
	@CsvSource({ ">, 25", ">=, 20", ">, 60" })
	void egfrReportedAsAboveALimitDoesNotCount(String comparator, String value) {
		assertThat(withEgfr(egfr(value, daysAgo(5)).comparator(comparator))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "preliminary", "registered", "cancelled", "entered-in-error", "unknown" })
	void egfrThatIsNotAResultIsIgnored(String status) {
		assertThat(withEgfr(egfr("20", daysAgo(5)).status(status)))
			.extracting(SafetyFinding::concern, SafetyFinding::evidence)
			.containsExactly(tuple(SafetyConcern.NO_RECENT_EGFR, "No eGFR on record"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "amended", "corrected" })
	void amendedOrCorrectedEgfrIsAResult(String status) {
		assertThat(withEgfr(egfr("20", daysAgo(5)).status(status))).extracting(SafetyFinding::concern)
			.containsExactly(SafetyConcern.KIDNEY_FUNCTION);
	}

	@Test
	void preliminaryLowEgfrDoesNotOverrideAFinalNormalOne() {
		assertThat(withEgfr(egfr("45", daysAgo(20)).id("final"),
				egfr("20", daysAgo(2)).id("preliminary").status("preliminary")))
			.isEmpty();
	}

	@Test
	void latestEgfrWinsOverAnOlderLowOne() {
		assertThat(withEgfr(egfr("20", daysAgo(30)).id("older"), egfr("45", daysAgo(3)).id("newer"))).isEmpty();
	}

	@Test
	void latestLowEgfrWinsOverAnOlderNormalOne() {
		assertThat(withEgfr(egfr("45", daysAgo(3)).id("older"), egfr("20", daysAgo(1)).id("newer"))).singleElement()
			.satisfies(finding -> assertThat(finding.evidence()).isEqualTo("eGFR 20 mL/min/1.73m2 on " + daysAgo(1)));
	}

	@Test
	void egfrDatedAfterTodayIsIgnored() {
		assertThat(withEgfr(egfr("45", daysAgo(3)).id("today"), egfr("20", TODAY.plusDays(1).toString()).id("future")))
			.isEmpty();
	}

	@Test
	void egfrWithoutAValueIsIgnored() {
		assertThat(check(record().observations(observation(LOINC, Fhir.EGFR).effective(daysAgo(3)).build()).build()))
			.extracting(SafetyFinding::evidence)
			.containsExactly("No eGFR on record");
	}

	@Test
	void creatinineIsNotAnEgfr() {
		assertThat(check(
				record().observations(observation(LOINC, "2160-0").value("3.5", "mg/dL").effective(daysAgo(3)).build())
					.build()))
			.extracting(SafetyFinding::concern, SafetyFinding::evidence)
			.containsExactly(tuple(SafetyConcern.NO_RECENT_EGFR, "No eGFR on record"));
	}

	@Test
	void otherEgfrCodesCount() {
		assertThat(withEgfr(observation(LOINC, "33914-3").value("22", "mL/min/1.73m2").effective(daysAgo(3))))
			.extracting(SafetyFinding::concern)
			.containsExactly(SafetyConcern.KIDNEY_FUNCTION);
	}

	@Test
	void noEgfrAtAllIsANote() {
		assertThat(check(record().build())).singleElement().satisfies(finding -> {
			assertThat(finding.concern()).isEqualTo(SafetyConcern.NO_RECENT_EGFR);
			assertThat(finding.brief()).isEqualTo("no recent eGFR");
			assertThat(finding.evidence()).isEqualTo("No eGFR on record");
		});
	}

	@Test
	void observationsNotObtainedGiveNoEgfrNote() {
		assertThat(check(record().notObtained(PrefetchKey.OBSERVATIONS).build())).isEmpty();
	}

	@Test
	void observationsNotObtainedStillChecksDialysis() {
		assertThat(check(record().notObtained(PrefetchKey.OBSERVATIONS)
			.conditions(condition(SNOMED, "236435004").build())
			.build())).extracting(SafetyFinding::concern).containsExactly(SafetyConcern.KIDNEY_FUNCTION);
	}

	@Test
	void currentDialysisConditionIsAKidneyFinding() {
		PatientRecord record = record().conditions(condition(SNOMED, "236435004").id("dialysis").build()).build();

		assertThat(kidneyFindings(record)).singleElement().satisfies(finding -> {
			assertThat(finding.brief()).isEqualTo("on dialysis");
			assertThat(finding.evidence()).isEqualTo("236435004 (236435004)");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "resolved", "inactive", "remission" })
	void dialysisConditionNoLongerCurrentIsNone(String clinicalStatus) {
		assertThat(kidneyFindings(
				record().conditions(condition(SNOMED, "236435004").clinicalStatus(clinicalStatus).build()).build()))
			.isEmpty();
	}

	@Test
	void hemodialysisTenDaysAgoIsAKidneyFinding() {
		PatientRecord record = record()
			.procedures(procedure(SNOMED, "302497006").id("hd").performed(daysAgo(10)).build())
			.build();

		assertThat(kidneyFindings(record)).singleElement().satisfies(finding -> {
			assertThat(finding.brief()).isEqualTo("on dialysis");
			assertThat(finding.evidence()).isEqualTo("302497006 (302497006), " + daysAgo(10));
		});
	}

	@Test
	void hemodialysisInProgressCounts() {
		assertThat(kidneyFindings(record()
			.procedures(procedure(SNOMED, "302497006").status("in-progress").performedPeriod(daysAgo(40), null).build())
			.build())).hasSize(1);
	}

	@Test
	void hemodialysis120DaysAgoIsNone() {
		assertThat(kidneyFindings(
				record().procedures(procedure(SNOMED, "302497006").performed(daysAgo(120)).build()).build()))
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "not-done", "entered-in-error", "preparation" })
	void hemodialysisNotDoneIsNone(String status) {
		assertThat(kidneyFindings(
				record().procedures(procedure(SNOMED, "302497006").status(status).performed(daysAgo(10)).build())
					.build()))
			.isEmpty();
	}

	@Test
	void undatedHemodialysisIsNone() {
		assertThat(kidneyFindings(record().procedures(procedure(SNOMED, "302497006").build()).build())).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "http://hl7.org/fhir/sid/icd-10-cm, N18.6", "http://hl7.org/fhir/sid/icd-10-cm, N18.5",
			"http://snomed.info/sct, 433146000", "http://snomed.info/sct, 14669001" })
	void severeKidneyDiseaseIsAKidneyFinding(String system, String code) {
		assertThat(kidneyFindings(record().conditions(condition(system, code).build()).build())).singleElement()
			.extracting(SafetyFinding::brief)
			.isEqualTo("severe kidney disease");
	}

	@ParameterizedTest
	@ValueSource(strings = { "refuted", "entered-in-error" })
	void refutedKidneyConditionsAreNone(String verificationStatus) {
		PatientRecord record = record()
			.conditions(condition(ICD10CM, "N18.6").id("esrd").verificationStatus(verificationStatus).build(),
					condition(SNOMED, "433146000").id("ckd5").verificationStatus(verificationStatus).build(),
					condition(SNOMED, "14669001").id("aki").verificationStatus(verificationStatus).build(),
					condition(SNOMED, "236435004").id("dialysis").verificationStatus(verificationStatus).build())
			.build();

		assertThat(kidneyFindings(record)).isEmpty();
	}

	@Test
	void earlierStagesOfKidneyDiseaseAreNone() {
		assertThat(kidneyFindings(record().conditions(condition(ICD10CM, "N18.4").build()).build())).isEmpty();
	}

	@Test
	void lowEgfrAndDialysisAreBothCited() {
		PatientRecord record = record().observations(egfr("8", daysAgo(3)).id("egfr").build())
			.conditions(condition(SNOMED, "236435004").id("dialysis").build())
			.build();

		assertThat(check(record)).extracting(SafetyFinding::brief).containsExactly("eGFR 8", "on dialysis");
	}

	@Test
	void anObservationWithoutStatusIsSkippedNotAnError() {
		Observation noStatus = egfr("20", daysAgo(3)).build();
		noStatus.setStatus(null);

		assertThat(check(record().observations(noStatus).build())).extracting(SafetyFinding::concern)
			.containsExactly(SafetyConcern.NO_RECENT_EGFR);
	}

}

package org.spinecds.guideline.acr.lbp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.guideline.Fhir.CPT;
import static org.spinecds.guideline.Fhir.ICD10CM;
import static org.spinecds.guideline.Fhir.RXNORM;
import static org.spinecds.guideline.Fhir.SNOMED;
import static org.spinecds.guideline.Fhir.condition;
import static org.spinecds.guideline.Fhir.order;
import static org.spinecds.guideline.Fhir.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinecds.guideline.AcrRating;
import org.spinecds.guideline.GuidelineOutcome;
import org.spinecds.guideline.Indicator;
import org.spinecds.guideline.OutcomeStatus;
import org.spinecds.guideline.Recommendation;
import org.spinecds.guideline.SafetyReview;
import org.spinecds.guideline.StudyCategory;
import org.spinecds.guideline.StudyClassifier;
import org.spinecds.guideline.StudyOption;
import org.spinecds.guideline.evidence.Criterion;
import org.spinecds.guideline.evidence.Finding;
import org.spinecds.guideline.evidence.PatientFacts;
import org.spinecds.terminology.TestTerminology;

class LowBackPainGuidelineTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private static final LowBackPainGuideline GUIDELINE = new LowBackPainGuideline(TestTerminology.builtInValueSets(),
			LbpRatingsTableTest.table(), LowBackPainSettings.DEFAULTS);

	private static final StudyClassifier CLASSIFIER = new StudyClassifier(TestTerminology.builtInValueSets());

	private final List<Condition> conditions = new ArrayList<>();

	private final List<Procedure> procedures = new ArrayList<>();

	private final List<MedicationRequest> medications = new ArrayList<>();

	private Optional<Patient> patient = Optional.empty();

	private SafetyReview safety = new SafetyReview(List.of());

	// ---- fixtures

	private static ServiceRequest mriWithout() {
		return order(CPT, "72148").id("sr-1").build();
	}

	private static ServiceRequest mriWithoutAndWith() {
		return order(CPT, "72158").id("sr-1").build();
	}

	private static ServiceRequest ctWith() {
		return order(CPT, "72132").id("sr-1").build();
	}

	private static ServiceRequest radiograph() {
		return order(CPT, "72100").id("sr-1").build();
	}

	private LowBackPainGuidelineTest lowBackPainSince(String onset) {
		conditions.add(condition(SNOMED, "279039007").id("lbp").onset(onset).build());
		return this;
	}

	/** Foot drop (SNOMED 6077001) since 2026-11-10, after a lumbar fusion (CPT 22612). */
	private LowBackPainGuidelineTest footDropSince10NovemberAfterFusionOn(String fusionDate) {
		conditions.add(condition(SNOMED, "6077001").id("fd").onset("2026-11-10").build());
		procedures.add(procedure(CPT, "22612").id("fusion").performed(fusionDate).build());
		return this;
	}

	private LowBackPainGuidelineTest physicalTherapyOn(String date) {
		procedures.add(procedure(CPT, "97110").id("pt").performed(date).build());
		return this;
	}

	private LowBackPainGuidelineTest bornOn(String birthDate) {
		Patient born = new Patient();
		born.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(birthDate));
		patient = Optional.of(born);
		return this;
	}

	private LowBackPainGuidelineTest medication(String rxnorm, String start, String route) {
		MedicationRequest request = new MedicationRequest();
		request.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
		request.setMedication(org.spinecds.guideline.Fhir.concept(RXNORM, rxnorm));
		var dosage = request.addDosageInstruction();
		dosage.getTiming()
			.getRepeat()
			.setBounds(
					new org.hl7.fhir.r4.model.Period().setStartElement(new org.hl7.fhir.r4.model.DateTimeType(start)));
		if (route != null) {
			dosage.getRoute().setText(route);
		}
		medications.add(request);
		return this;
	}

	private GuidelineOutcome evaluate(ServiceRequest order) {
		var ordered = CLASSIFIER.classify(order).orElseThrow();
		return GUIDELINE.evaluate(ordered, new PatientFacts(patient, conditions, procedures, medications, true),
				surgeries -> safety, TODAY);
	}

	private static List<String> variants(GuidelineOutcome outcome) {
		return outcome.matches().stream().map(match -> match.match().variantId()).toList();
	}

	private static String primary(GuidelineOutcome outcome) {
		return outcome.primary().orElseThrow().match().variantId();
	}

	// ---- V1 / V2 / V3: the six-week rule

	@Test
	void twoWeeksOfUncomplicatedLowBackPainIsVariant1AndTheMriShouldBeRemoved() {
		lowBackPainSince("2026-11-06");
		GuidelineOutcome outcome = evaluate(mriWithout());
		assertThat(outcome.status()).isEqualTo(OutcomeStatus.RATED);
		assertThat(variants(outcome)).containsExactly("V1");
		assertThat(outcome.rating()).contains(AcrRating.USUALLY_NOT_APPROPRIATE);
		assertThat(outcome.indicator()).isEqualTo(Indicator.WARNING);
		assertThat(outcome.recommendation()).isEqualTo(Recommendation.REMOVE_ORDER);
		assertThat(outcome.options()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "2026-10-24, V1", "2026-10-23, V2" })
	void fourWeeksIsTheEndOfTheAcuteBand(String onset, String variant) {
		// 27 days: acute; 28 days: subacute
		lowBackPainSince(onset);
		assertThat(variants(evaluate(mriWithout()))).containsExactly(variant);
	}

	@Test
	void fiveWeeksOfPainWithPhysicalTherapyIsNotYetVariant3() {
		lowBackPainSince("2026-10-16").physicalTherapyOn("2026-10-20");
		GuidelineOutcome outcome = evaluate(mriWithout());
		assertThat(variants(outcome)).containsExactly("V2");
		assertThat(outcome.rating()).contains(AcrRating.USUALLY_NOT_APPROPRIATE);
	}

	@Test
	void sevenWeeksOfPainWithPhysicalTherapyIsVariant3AndMriWithoutContrastNeedsNoCard() {
		lowBackPainSince("2026-10-02").physicalTherapyOn("2026-10-10");
		GuidelineOutcome outcome = evaluate(mriWithout());
		assertThat(variants(outcome)).containsExactly("V3");
		assertThat(outcome.rating()).contains(AcrRating.USUALLY_APPROPRIATE);
		assertThat(outcome.indicator()).isEqualTo(Indicator.NONE);
		assertThat(outcome.primary().orElseThrow().match().findings()).extracting(Finding::criterion)
			.contains(Criterion.LOW_BACK_PAIN, Criterion.EPISODE, Criterion.CONSERVATIVE_MANAGEMENT);
	}

	@Test
	void exactlySixWeeksWithManagementIsVariant3() {
		lowBackPainSince("2026-10-09").physicalTherapyOn("2026-10-10");
		assertThat(variants(evaluate(mriWithout()))).containsExactly("V3");
	}

	@Test
	void sevenWeeksWithoutManagementIsStillVariant2() {
		lowBackPainSince("2026-10-02");
		assertThat(variants(evaluate(mriWithout()))).containsExactly("V2");
	}

	@Test
	void physicalTherapyBeforeTheEpisodeDoesNotCount() {
		lowBackPainSince("2026-10-02").physicalTherapyOn("2026-06-01");
		assertThat(variants(evaluate(mriWithout()))).containsExactly("V2");
	}

	@Test
	void variant3MayBeAppropriateStudyGetsAnInfoCardOfferingMriWithoutContrast() {
		lowBackPainSince("2026-10-02").physicalTherapyOn("2026-10-10");
		GuidelineOutcome outcome = evaluate(mriWithoutAndWith());
		assertThat(outcome.rating()).contains(AcrRating.MAY_BE_APPROPRIATE);
		assertThat(outcome.indicator()).isEqualTo(Indicator.INFO);
		assertThat(outcome.recommendation()).isEqualTo(Recommendation.REPLACE_ORDER);
		assertThat(outcome.recommended().orElseThrow().study()).isEqualTo(StudyCategory.MRI_WITHOUT_CONTRAST);
	}

	@Test
	void lowBackPainAsTheOrdersOnlyReasonIsRatedNotAppropriate() {
		// the sandbox flow: "low back pain" alone on an MRI; V1 and V2 rate alike
		GuidelineOutcome outcome = evaluate(order(CPT, "72148").id("sr-1").reason(SNOMED, "279039007").build());
		assertThat(outcome.status()).isEqualTo(OutcomeStatus.RATED);
		assertThat(variants(outcome)).containsExactly("V2", "V1");
		assertThat(outcome.rating()).contains(AcrRating.USUALLY_NOT_APPROPRIATE);
		assertThat(outcome.primary().orElseThrow().match().findings()).extracting(Finding::display)
			.contains("Duration of the episode not recorded");
	}

	@Test
	void managementWithoutAKnownDurationNeedsTheIndication() {
		conditions.add(condition(SNOMED, "279039007").id("lbp").build());
		physicalTherapyOn("2026-10-10");
		GuidelineOutcome outcome = evaluate(mriWithout());
		assertThat(outcome.status()).isEqualTo(OutcomeStatus.INDICATION_NEEDED);
		assertThat(outcome.rating()).isEmpty();
		assertThat(outcome.indicator()).isEqualTo(Indicator.INFO);
		assertThat(outcome.scenarios()).extracting(GuidelineOutcome.IndicationScenario::variantId)
			.contains("V1", "V2", "V4", "V7")
			.doesNotContain("V3");
	}

	@Test
	void chronicLowBackPainByItsCodeWithManagementIsVariant3() {
		conditions.add(condition(SNOMED, "278860009").id("lbp").build());
		physicalTherapyOn("2026-10-10");
		assertThat(variants(evaluate(mriWithout()))).containsExactly("V3");
	}

	@Test
	void anOldEpisodeIsNotTodays() {
		// pain recorded in 2024, again 3 weeks ago: more than 6 months apart, a new
		// episode
		conditions.add(condition(SNOMED, "279039007").id("old").onset("2024-01-10").build());
		conditions.add(condition(SNOMED, "23056005").id("new").onset("2026-10-30").build());
		assertThat(variants(evaluate(mriWithout()))).containsExactly("V1");
	}

	// ---- no rating

	@Test
	void nothingCodedNeedsTheIndicationWithEveryScenarioAndAVerifiedReasonCode() {
		GuidelineOutcome outcome = evaluate(mriWithout());
		assertThat(outcome.status()).isEqualTo(OutcomeStatus.INDICATION_NEEDED);
		assertThat(outcome.scenarios()).extracting(scenario -> scenario.reasonCode().getCode())
			.contains("278862001", "278860009", "192970008", "202725007");
		assertThat(outcome.scenarios())
			.allSatisfy(scenario -> assertThat(scenario.reasonCode().getSystem()).isEqualTo("http://snomed.info/sct"));
	}

	@ParameterizedTest
	@CsvSource({ "none", "foot-drop", "prior-surgery" })
	void everyOfferedReasonMakesTheNextSelectRateTheOrder(String record) {
		if (record.equals("foot-drop")) {
			conditions.add(condition(SNOMED, "6077001").id("fd").onset("2026-11-15").build());
		}
		if (record.equals("prior-surgery")) {
			procedures.add(procedure(CPT, "63030").id("lami").performed("2024-03-01").build());
		}
		GuidelineOutcome asked = evaluate(mriWithout());
		assertThat(asked.status()).isEqualTo(OutcomeStatus.INDICATION_NEEDED);
		assertThat(asked.scenarios()).isNotEmpty();
		for (GuidelineOutcome.IndicationScenario scenario : asked.scenarios()) {
			ServiceRequest withReason = mriWithout();
			withReason.addReasonCode(new org.hl7.fhir.r4.model.CodeableConcept().addCoding(scenario.reasonCode()));
			GuidelineOutcome rated = evaluate(withReason);
			assertThat(rated.status()).as(scenario.label()).isEqualTo(OutcomeStatus.RATED);
			assertThat(variants(rated)).as(scenario.label()).contains(scenario.variantId());
		}
	}

	@Test
	void acuteLowBackPainAsTheReasonIsVariant1Only() {
		GuidelineOutcome outcome = evaluate(order(CPT, "72148").id("sr-1").reason(SNOMED, "278862001").build());
		assertThat(variants(outcome)).containsExactly("V1");
		assertThat(outcome.recommendation()).isEqualTo(Recommendation.REMOVE_ORDER);
	}

	@Test
	void osteoporosisGivenAsTheOrdersReasonIsVariant6WithoutALowBackPainCode() {
		GuidelineOutcome outcome = evaluate(order(CPT, "72148").id("sr-1").reason(SNOMED, "64859006").build());
		assertThat(variants(outcome)).containsExactly("V6");
		conditions.add(condition(SNOMED, "64859006").id("osteo").build());
		assertThat(evaluate(mriWithout()).status()).isEqualTo(OutcomeStatus.INDICATION_NEEDED);
	}

	@Test
	void aChildIsNotCoveredByThisTopic() {
		lowBackPainSince("2026-11-06").bornOn("2012-05-01");
		GuidelineOutcome outcome = evaluate(mriWithout());
		assertThat(outcome.status()).isEqualTo(OutcomeStatus.NO_CRITERIA_APPLY);
		assertThat(outcome.rating()).isEmpty();
		assertThat(outcome.indicator()).isEqualTo(Indicator.NONE);
	}

	@Test
	void eighteenIsAnAdult() {
		lowBackPainSince("2026-11-06").bornOn("2008-11-20");
		assertThat(evaluate(mriWithout()).status()).isEqualTo(OutcomeStatus.RATED);
	}

	@Test
	void aBoneScanWithoutLowBackPainIsNotThisTopicsOrder() {
		conditions.add(condition(ICD10CM, "C61").id("prostate").build());
		GuidelineOutcome outcome = evaluate(order(CPT, "78306").id("sr-1").build());
		assertThat(outcome.status()).isEqualTo(OutcomeStatus.NOT_IN_SCOPE);
	}

	@Test
	void footDropWithoutSurgeryIsARedFlagWithoutAVariant() {
		lowBackPainSince("2026-11-06");
		conditions.add(condition(SNOMED, "6077001").id("fd").onset("2026-11-15").build());
		GuidelineOutcome outcome = evaluate(mriWithout());
		assertThat(outcome.status()).isEqualTo(OutcomeStatus.INDICATION_NEEDED);
		assertThat(outcome.scenarios()).extracting(GuidelineOutcome.IndicationScenario::variantId)
			.doesNotContain("V1", "V2");
	}

	// ---- V4

	@Test
	void caudaEquinaIsAnEmergencyAndContrastOnlyMriIsReplaced() {
		conditions.add(condition(ICD10CM, "G83.4").id("ces").build());
		GuidelineOutcome outcome = evaluate(order(CPT, "72149").id("sr-1").build());
		assertThat(primary(outcome)).isEqualTo("V4");
		assertThat(outcome.rating()).contains(AcrRating.USUALLY_NOT_APPROPRIATE);
		assertThat(outcome.indicator()).isEqualTo(Indicator.CRITICAL);
		assertThat(outcome.recommended().orElseThrow().study()).isEqualTo(StudyCategory.MRI_WITHOUT_CONTRAST);
	}

	@Test
	void ruleOutCaudaEquinaCountsAsSuspected() {
		conditions.add(condition(SNOMED, "192970008").id("ces").verificationStatus("provisional").build());
		GuidelineOutcome outcome = evaluate(mriWithout());
		assertThat(variants(outcome)).containsExactly("V4");
		assertThat(outcome.primary().orElseThrow().match().findings().get(0).suspected()).isTrue();
	}

	@Test
	void caudaEquinaWithTheRightMriOrderedRoutinelyAsksForStat() {
		conditions.add(condition(ICD10CM, "G83.4").id("ces").build());
		GuidelineOutcome outcome = evaluate(mriWithout());
		assertThat(outcome.rating()).contains(AcrRating.USUALLY_APPROPRIATE);
		assertThat(outcome.recommendation()).isEqualTo(Recommendation.RAISE_PRIORITY);
		assertThat(outcome.indicator()).isEqualTo(Indicator.CRITICAL);
	}

	@Test
	void caudaEquinaWithTheRightMriOrderedStatGetsNoCard() {
		conditions.add(condition(ICD10CM, "G83.4").id("ces").build());
		ServiceRequest stat = mriWithout().setPriority(ServiceRequest.ServiceRequestPriority.STAT);
		GuidelineOutcome outcome = evaluate(stat);
		assertThat(outcome.rating()).contains(AcrRating.USUALLY_APPROPRIATE);
		assertThat(outcome.recommendation()).isEqualTo(Recommendation.KEEP);
		assertThat(outcome.indicator()).isEqualTo(Indicator.NONE);
	}

	@Test
	void earlyFootDropWithTheRecommendedMriOrderedUrgentAsksForStat() {
		footDropSince10NovemberAfterFusionOn("2026-11-03");
		ServiceRequest urgent = mriWithoutAndWith().setPriority(ServiceRequest.ServiceRequestPriority.URGENT);
		GuidelineOutcome outcome = evaluate(urgent);
		assertThat(outcome.recommendation()).isEqualTo(Recommendation.RAISE_PRIORITY);
		assertThat(outcome.indicator()).isEqualTo(Indicator.CRITICAL);
	}

	@Test
	void lateFootDropWithTheRecommendedMriOrderedRoutinelyGetsNoCard() {
		footDropSince10NovemberAfterFusionOn("2026-06-03");
		GuidelineOutcome outcome = evaluate(mriWithoutAndWith());
		assertThat(outcome.recommendation()).isEqualTo(Recommendation.KEEP);
		assertThat(outcome.indicator()).isEqualTo(Indicator.NONE);
	}

	@Test
	void urinaryRetentionIsACaudaEquinaSignOnlyWithLowBackPain() {
		conditions.add(condition(ICD10CM, "R33.9").id("retention").build());
		assertThat(evaluate(mriWithout()).status()).isEqualTo(OutcomeStatus.INDICATION_NEEDED);
		lowBackPainSince("2026-11-18");
		assertThat(variants(evaluate(mriWithout()))).containsExactly("V4");
	}

	// ---- V5

	@Test
	void footDropAWeekAfterFusionIsTheCriticalFlagshipOfVariant5() {
		footDropSince10NovemberAfterFusionOn("2026-11-03");
		GuidelineOutcome outcome = evaluate(mriWithout());
		assertThat(variants(outcome)).containsExactly("V5");
		assertThat(outcome.rating()).contains(AcrRating.USUALLY_APPROPRIATE);
		assertThat(outcome.indicator()).isEqualTo(Indicator.CRITICAL);
		assertThat(outcome.recommended().orElseThrow().study()).isEqualTo(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST);
		assertThat(outcome.primary().orElseThrow().match().details()).containsEntry("daysFromSurgeryToOnset", "7");
	}

	@Test
	void lateFootDropOnMriWithoutContrastIsAnInfoCard() {
		footDropSince10NovemberAfterFusionOn("2026-06-03");
		GuidelineOutcome outcome = evaluate(mriWithout());
		assertThat(outcome.rating()).contains(AcrRating.USUALLY_APPROPRIATE);
		assertThat(outcome.indicator()).isEqualTo(Indicator.INFO);
		assertThat(evaluate(mriWithoutAndWith()).indicator()).isEqualTo(Indicator.NONE);
	}

	@Test
	void radiculopathyNewSinceSurgeryIsVariant5() {
		procedures.add(procedure(CPT, "63030").id("lami").performed("2024-03-01").build());
		conditions.add(condition(ICD10CM, "M54.16").id("rad").onset("2026-11-01").build());
		GuidelineOutcome outcome = evaluate(ctWith());
		assertThat(variants(outcome)).containsExactly("V5");
		assertThat(outcome.indicator()).isEqualTo(Indicator.WARNING);
		assertThat(outcome.recommendation()).isEqualTo(Recommendation.REPLACE_ORDER);
	}

	@Test
	void radiculopathyFromBeforeTheSurgeryIsNotNewAndNeverUncomplicated() {
		procedures.add(procedure(CPT, "63030").id("lami").performed("2024-03-01").build());
		conditions.add(condition(ICD10CM, "M54.16").id("rad").onset("2023-11-01").build());
		GuidelineOutcome outcome = evaluate(mriWithout());
		assertThat(outcome.status()).isEqualTo(OutcomeStatus.INDICATION_NEEDED);
		assertThat(outcome.scenarios()).extracting(GuidelineOutcome.IndicationScenario::variantId)
			.contains("V5")
			.doesNotContain("V1", "V2");
	}

	@Test
	void radiographsAfterSurgeryStayAndTheMriIsAdded() {
		footDropSince10NovemberAfterFusionOn("2026-06-03");
		GuidelineOutcome outcome = evaluate(radiograph());
		assertThat(outcome.recommendation()).isEqualTo(Recommendation.ADD_ORDER);
		assertThat(outcome.indicator()).isEqualTo(Indicator.INFO);
	}

	// ---- V6

	@ParameterizedTest
	@CsvSource({ "1956-11-19, false", "1955-11-19, true" })
	void olderThanSeventyIsElderly(String birthDate, boolean elderly) {
		// 70 years old: not elderly; 71: elderly
		lowBackPainSince("2026-11-06").bornOn(birthDate);
		GuidelineOutcome outcome = evaluate(mriWithout());
		assertThat(variants(outcome).contains("V6")).isEqualTo(elderly);
		assertThat(outcome.rating())
			.contains(elderly ? AcrRating.USUALLY_APPROPRIATE : AcrRating.USUALLY_NOT_APPROPRIATE);
	}

	@Test
	void ninetyDaysOfOralPrednisoneIsChronicSteroidUse() {
		lowBackPainSince("2026-11-06").medication("8640", "2026-08-20", "Oral");
		assertThat(variants(evaluate(mriWithout()))).containsExactly("V6");
	}

	@Test
	void sixtyDaysOfPrednisoneIsNotChronic() {
		lowBackPainSince("2026-11-06").medication("8640", "2026-09-21", null);
		assertThat(variants(evaluate(mriWithout()))).containsExactly("V1");
	}

	@Test
	void inhaledBudesonideIsNotSystemicButOralBudesonideIs() {
		lowBackPainSince("2026-11-06").medication("19831", "2025-01-01", "Inhalation");
		assertThat(variants(evaluate(mriWithout()))).containsExactly("V1");
		medications.clear();
		medication("19831", "2025-01-01", "Oral use");
		assertThat(variants(evaluate(mriWithout()))).containsExactly("V6");
	}

	@Test
	void variant6UsuallyNotAppropriateStudyGetsAWarningAndMriWithout() {
		lowBackPainSince("2026-11-06");
		conditions.add(condition(SNOMED, "64859006").id("osteo").build());
		GuidelineOutcome outcome = evaluate(ctWith());
		assertThat(primary(outcome)).isEqualTo("V6");
		assertThat(outcome.indicator()).isEqualTo(Indicator.WARNING);
		assertThat(outcome.options()).extracting(StudyOption::study)
			.containsExactly(StudyCategory.MRI_WITHOUT_CONTRAST);
	}

	// ---- V7 and several red flags

	@Test
	void aRefutedOrEnteredInErrorCancerIsNoRedFlag() {
		lowBackPainSince("2026-11-06");
		conditions.add(condition(ICD10CM, "C61").id("ca").verificationStatus("refuted").build());
		conditions.add(condition(ICD10CM, "C50.911").id("ca2").verificationStatus("entered-in-error").build());
		assertThat(variants(evaluate(mriWithout()))).containsExactly("V1");
	}

	@Test
	void aResolvedCancerIsACancerHistory() {
		lowBackPainSince("2026-11-06");
		conditions.add(condition(ICD10CM, "C61").id("ca").clinicalStatus("resolved").build());
		GuidelineOutcome outcome = evaluate(mriWithout());
		assertThat(variants(outcome)).containsExactly("V7");
		assertThat(outcome.indicator()).isEqualTo(Indicator.NONE);
	}

	@Test
	void skinCancerDoesNotCountByDefault() {
		lowBackPainSince("2026-11-06");
		conditions.add(condition(ICD10CM, "C44.91").id("bcc").build());
		assertThat(variants(evaluate(mriWithout()))).containsExactly("V1");
	}

	@Test
	void aCurrentImmunosuppressantIsImmunosuppression() {
		lowBackPainSince("2026-11-06").medication("6851", "2026-10-01", "Oral");
		assertThat(variants(evaluate(mriWithout()))).containsExactly("V7");
	}

	@Test
	void twoRedFlagsAreBothListedTheBestCategoryRatesAndV7LeadsTheCard() {
		procedures.add(procedure(CPT, "63030").id("lami").performed("2024-03-01").build());
		conditions.add(condition(ICD10CM, "M54.16").id("rad").onset("2026-11-01").build());
		conditions.add(condition(ICD10CM, "C61").id("ca").build());
		GuidelineOutcome ctWith = evaluate(ctWith());
		assertThat(variants(ctWith)).containsExactly("V7", "V5");
		// CT with contrast: V7 may be appropriate, V5 usually not: the better one rates
		assertThat(ctWith.rating()).contains(AcrRating.MAY_BE_APPROPRIATE);
		assertThat(ctWith.matches()).extracting(match -> match.orderedRating().orElseThrow())
			.containsExactly(AcrRating.MAY_BE_APPROPRIATE, AcrRating.USUALLY_NOT_APPROPRIATE);
		assertThat(ctWith.indicator()).isEqualTo(Indicator.INFO);
		// Radiographs: V5 usually appropriate beats V7 may be appropriate
		assertThat(evaluate(radiograph()).rating()).contains(AcrRating.USUALLY_APPROPRIATE);
	}

	@Test
	void resourcesWithoutAStatusDoNotCountAndDoNotFail() {
		lowBackPainSince("2026-10-02");
		Procedure noStatus = procedure(CPT, "97110").id("pt").performed("2026-10-10").build();
		noStatus.setStatus(null);
		procedures.add(noStatus);
		medication("8640", "2025-01-01", "Oral");
		medications.get(0).setStatus(null);
		assertThat(variants(evaluate(mriWithout()))).containsExactly("V2");
	}

	@Test
	void theGuidelineReadsMedicationsAndThePatient() {
		assertThat(GUIDELINE.dataNeeds()).contains(PatientFacts.Need.MEDICATIONS, PatientFacts.Need.PATIENT,
				PatientFacts.Need.CONDITIONS, PatientFacts.Need.PROCEDURES);
	}

}

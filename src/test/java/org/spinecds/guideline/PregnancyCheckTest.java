package org.spinecds.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.guideline.Fhir.ICD10CM;
import static org.spinecds.guideline.Fhir.SNOMED;
import static org.spinecds.guideline.Fhir.condition;
import static org.spinecds.guideline.Fhir.pregnancyStatus;
import static org.spinecds.guideline.Fhir.record;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecds.record.PatientRecord;
import org.spinecds.terminology.TestTerminology;

/**
 * Pregnancy: a current pregnancy Condition, or the latest pregnancy status of the last
 * 280 days being pregnant.
 */
class PregnancyCheckTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private static final String PREGNANT = "77386006";

	private static final String NOT_PREGNANT = "60001007";

	private final PregnancyCheck check = new PregnancyCheck(TestTerminology.builtInValueSets());

	private static String daysAgo(int days) {
		return TODAY.minusDays(days).toString();
	}

	private List<SafetyFinding> check(PatientRecord record) {
		return check.check(record, TODAY);
	}

	@Test
	void activePregnancyConditionIsAFinding() {
		assertThat(check(record().conditions(condition(SNOMED, PREGNANT).id("preg").build()).build())).singleElement()
			.satisfies(finding -> {
				assertThat(finding.concern()).isEqualTo(SafetyConcern.PREGNANCY);
				assertThat(finding.brief()).isEqualTo("pregnant");
				assertThat(finding.evidence()).isEqualTo("77386006 (77386006)");
				assertThat(finding.contraindication()).isTrue();
			});
	}

	@Test
	void incidentalPregnantStateIsAFinding() {
		assertThat(check(record().conditions(condition(ICD10CM, "Z33.1").build()).build()))
			.extracting(SafetyFinding::concern)
			.containsExactly(SafetyConcern.PREGNANCY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "resolved", "inactive" })
	void pregnancyConditionNoLongerCurrentIsNone(String clinicalStatus) {
		assertThat(
				check(record().conditions(condition(SNOMED, PREGNANT).clinicalStatus(clinicalStatus).build()).build()))
			.isEmpty();
	}

	@Test
	void refutedPregnancyConditionIsNone() {
		assertThat(
				check(record().conditions(condition(SNOMED, PREGNANT).verificationStatus("refuted").build()).build()))
			.isEmpty();
	}

	@Test
	void pregnantStatusTenDaysAgoIsAFinding() {
		assertThat(check(record().observations(pregnancyStatus(PREGNANT, daysAgo(10)).id("status").build()).build()))
			.singleElement()
			.satisfies(finding -> {
				assertThat(finding.concern()).isEqualTo(SafetyConcern.PREGNANCY);
				assertThat(finding.evidence()).isEqualTo("Pregnancy status: pregnant on " + daysAgo(10) + "");
			});
	}

	@Test
	void pregnantStatus280DaysAgoStillCounts() {
		assertThat(check(record().observations(pregnancyStatus(PREGNANT, daysAgo(280)).build()).build())).hasSize(1);
	}

	@Test
	void pregnantStatus281DaysAgoIsNone() {
		assertThat(check(record().observations(pregnancyStatus(PREGNANT, daysAgo(281)).build()).build())).isEmpty();
	}

	@Test
	void notPregnantStatusNewerThanAPregnantOneIsNone() {
		assertThat(check(record()
			.observations(pregnancyStatus(PREGNANT, daysAgo(60)).id("positive").build(),
					pregnancyStatus(NOT_PREGNANT, daysAgo(5)).id("negative").build())
			.build())).isEmpty();
	}

	@Test
	void pregnantStatusNewerThanANotPregnantOneCounts() {
		assertThat(check(record()
			.observations(pregnancyStatus(NOT_PREGNANT, daysAgo(60)).id("negative").build(),
					pregnancyStatus(PREGNANT, daysAgo(5)).id("positive").build())
			.build())).extracting(SafetyFinding::evidence)
			.singleElement()
			.asString()
			.isEqualTo("Pregnancy status: pregnant on " + daysAgo(5));
	}

	@Test
	void preliminaryStatusIsIgnored() {
		assertThat(check(record()
			.observations(pregnancyStatus(PREGNANT, daysAgo(30)).id("positive").build(),
					pregnancyStatus(NOT_PREGNANT, daysAgo(1)).id("preliminary").status("preliminary").build())
			.build())).hasSize(1);
	}

	@Test
	void noPregnancyDataGivesNone() {
		assertThat(check(record().build())).isEmpty();
	}

}

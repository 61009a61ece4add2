package org.spinecds.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.guideline.Fhir.RXNORM;
import static org.spinecds.guideline.Fhir.SNOMED;
import static org.spinecds.guideline.Fhir.allergy;
import static org.spinecds.guideline.Fhir.record;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecds.terminology.TestTerminology;

/** An allergy to gadolinium or contrast media that is current and not refuted. */
class ContrastAllergyCheckTest {

	private final ContrastAllergyCheck check = new ContrastAllergyCheck(TestTerminology.builtInValueSets());

	private List<SafetyFinding> check(Fhir.AllergyBuilder allergy) {
		return check.check(record().allergies(allergy.build()).build());
	}

	@Test
	void activeGadoliniumAllergyIsAFinding() {
		assertThat(check(allergy(RXNORM, "1310171").id("gd").display("Gadolinium"))).singleElement()
			.satisfies(finding -> {
				assertThat(finding.concern()).isEqualTo(SafetyConcern.CONTRAST_ALLERGY);
				assertThat(finding.brief()).isEqualTo("contrast allergy");
				assertThat(finding.evidence()).isEqualTo("Allergy: Gadolinium (1310171)");
				assertThat(finding.contraindication()).isTrue();
			});
	}

	@Test
	void contrastMediaAllergyIsAFinding() {
		assertThat(check(allergy(SNOMED, "385420005"))).extracting(SafetyFinding::concern)
			.containsExactly(SafetyConcern.CONTRAST_ALLERGY);
	}

	@Test
	void codeWithoutDisplayIsCitedByItsCode() {
		assertThat(check(allergy(SNOMED, "385420005").id("cm"))).extracting(SafetyFinding::evidence)
			.containsExactly("Allergy: 385420005 (385420005)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "refuted", "entered-in-error" })
	void refutedAllergyIsNone(String verificationStatus) {
		assertThat(check(allergy(RXNORM, "1310171").verificationStatus(verificationStatus))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "inactive", "resolved" })
	void allergyNoLongerCurrentIsNone(String clinicalStatus) {
		assertThat(check(allergy(RXNORM, "1310171").clinicalStatus(clinicalStatus))).isEmpty();
	}

	@Test
	void unconfirmedAllergyCounts() {
		assertThat(check(allergy(RXNORM, "1310171").verificationStatus("unconfirmed"))).hasSize(1);
	}

	@Test
	void allergyWithoutClinicalStatusCounts() {
		assertThat(check(allergy(RXNORM, "1310171").noClinicalStatus())).hasSize(1);
	}

	@Test
	void iodinatedContrastAllergyIsNotAGadoliniumAllergy() {
		assertThat(check(allergy(SNOMED, "426722004"))).isEmpty();
	}

	@Test
	void noAllergiesGiveNone() {
		assertThat(check.check(record().build())).isEmpty();
	}

}

package org.spinecds.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.guideline.Fhir.ICD10CM;
import static org.spinecds.guideline.Fhir.NCI_THESAURUS;
import static org.spinecds.guideline.Fhir.NCI_THESAURUS_OID;
import static org.spinecds.guideline.Fhir.SNOMED;
import static org.spinecds.guideline.Fhir.condition;
import static org.spinecds.guideline.Fhir.device;
import static org.spinecds.guideline.Fhir.record;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinecds.terminology.TestTerminology;

/** Devices and implant Conditions that matter for MRI. */
class ImplantCheckTest {

	private static final String MR_UNSAFE = "C106047";

	private static final String MR_CONDITIONAL = "C106046";

	private final ImplantCheck check = new ImplantCheck(TestTerminology.builtInValueSets());

	private List<SafetyFinding> check(Fhir.DeviceBuilder device) {
		return check.check(record().devices(device.build()).build());
	}

	private List<SafetyFinding> check(Fhir.ConditionBuilder condition) {
		return check.check(record().conditions(condition.build()).build());
	}

	@ParameterizedTest
	@ValueSource(strings = { NCI_THESAURUS, NCI_THESAURUS_OID })
	void deviceLabelledMrUnsafeIsAnMriUnsafeImplant(String system) {
		assertThat(check(device().id("stim").safety(system, MR_UNSAFE).typeText("Spinal cord stimulator")))
			.singleElement()
			.satisfies(finding -> {
				assertThat(finding.concern()).isEqualTo(SafetyConcern.MRI_UNSAFE_IMPLANT);
				assertThat(finding.brief()).isEqualTo("MR-unsafe implant");
				assertThat(finding.evidence()).isEqualTo("MR Unsafe device: Spinal cord stimulator");
				assertThat(finding.contraindication()).isTrue();
			});
	}

	@Test
	void deviceWithoutATypeSaysSo() {
		assertThat(check(device().id("d").safety(NCI_THESAURUS, MR_UNSAFE))).extracting(SafetyFinding::evidence)
			.containsExactly("MR Unsafe device: type not recorded");
	}

	@ParameterizedTest
	@ValueSource(strings = { "inactive", "entered-in-error" })
	void mrUnsafeDeviceNoLongerInPlaceIsNone(String status) {
		assertThat(check(device().safety(NCI_THESAURUS, MR_UNSAFE).status(status))).isEmpty();
	}

	@Test
	void mrUnsafeDeviceOfUnknownStatusCounts() {
		assertThat(check(device().safety(NCI_THESAURUS, MR_UNSAFE).status("unknown"))).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { NCI_THESAURUS, NCI_THESAURUS_OID })
	void mrConditionalDeviceIsOnlyANote(String system) {
		assertThat(check(device().id("hip").safety(system, MR_CONDITIONAL).typeText("Hip prosthesis"))).singleElement()
			.satisfies(finding -> {
				assertThat(finding.concern()).isEqualTo(SafetyConcern.MR_CONDITIONAL_IMPLANT);
				assertThat(finding.contraindication()).isFalse();
				assertThat(finding.evidence()).isEqualTo("MR Conditional device: Hip prosthesis");
			});
	}

	@Test
	void permanentPacemakerDeviceIsAnMriUnsafeImplant() {
		assertThat(check(device().id("pm").type(SNOMED, "424921004"))).singleElement().satisfies(finding -> {
			assertThat(finding.concern()).isEqualTo(SafetyConcern.MRI_UNSAFE_IMPLANT);
			assertThat(finding.brief()).isEqualTo("cardiac implant");
			assertThat(finding.evidence()).startsWith("Cardiac device: ").doesNotContain("Device/");
		});
	}

	@Test
	void inactivePacemakerDeviceIsNone() {
		assertThat(check(device().type(SNOMED, "424921004").status("inactive"))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "http://hl7.org/fhir/sid/icd-10-cm, Z95.0", "http://hl7.org/fhir/sid/icd-10-cm, Z95.810",
			"http://snomed.info/sct, 441509002" })
	void cardiacImplantConditionIsAnMriUnsafeImplant(String system, String code) {
		assertThat(check(condition(system, code).id("pm"))).singleElement().satisfies(finding -> {
			assertThat(finding.concern()).isEqualTo(SafetyConcern.MRI_UNSAFE_IMPLANT);
			assertThat(finding.brief()).isEqualTo("cardiac implant");
			assertThat(finding.evidence()).endsWith("(" + code + ")").doesNotContain("Condition/");
		});
	}

	@Test
	void refutedPacemakerConditionIsNone() {
		assertThat(check(condition(ICD10CM, "Z95.0").verificationStatus("refuted"))).isEmpty();
	}

	@Test
	void resolvedPacemakerConditionIsNone() {
		assertThat(check(condition(SNOMED, "441509002").clinicalStatus("resolved"))).isEmpty();
	}

	@Test
	void spinalCageIsASpinalHardwareNote() {
		assertThat(check(device().id("cage").type(SNOMED, "257275005"))).singleElement().satisfies(finding -> {
			assertThat(finding.concern()).isEqualTo(SafetyConcern.SPINAL_HARDWARE);
			assertThat(finding.contraindication()).isFalse();
			assertThat(finding.evidence()).startsWith("Spinal implant: ").doesNotContain("Device/");
		});
	}

	@Test
	void deviceOfNoConcernIsNone() {
		assertThat(check(device().type(SNOMED, "14106009"))).isEmpty();
	}

}

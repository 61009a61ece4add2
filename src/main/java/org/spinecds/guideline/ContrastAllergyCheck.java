package org.spinecds.guideline;

import org.spinecds.guideline.evidence.EvidenceCodes;
import org.spinecds.guideline.evidence.StatusCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.spinecds.record.PatientRecord;
import org.spinecds.terminology.ValueSetUrls;
import org.spinecds.terminology.ValueSets;

/**
 * An active, not refuted allergy or intolerance to gadolinium or contrast media
 * (clinical.md 2e).
 */
final class ContrastAllergyCheck {

	private static final Set<String> NOT_CURRENT = Set.of("inactive", "resolved");

	private static final Set<String> NOT_TRUE = Set.of("refuted", "entered-in-error");

	private final ValueSets valueSets;

	ContrastAllergyCheck(ValueSets valueSets) {
		this.valueSets = valueSets;
	}

	List<SafetyFinding> check(PatientRecord record) {
		List<SafetyFinding> findings = new ArrayList<>();
		for (AllergyIntolerance allergy : record.allergies()) {
			if (StatusCodes.hasAny(allergy.getClinicalStatus(), NOT_CURRENT)
					|| StatusCodes.hasAny(allergy.getVerificationStatus(), NOT_TRUE)) {
				continue;
			}
			valueSets.firstMatch(ValueSetUrls.GADOLINIUM_CONTRAST_ALLERGEN, allergy.getCode())
				.ifPresent(code -> findings
					.add(new SafetyFinding(SafetyConcern.CONTRAST_ALLERGY, "contrast allergy", "Allergy: "
							+ EvidenceCodes.text(code, "AllergyIntolerance/" + allergy.getIdElement().getIdPart()))));
		}
		return findings;
	}

}

package org.spinecds.cards;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCodingJson;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reasons a clinician can give for not following a card (CDS Hooks 2.0 overrideReasons;
 * each needs a display). Each card template names the ones that fit it.
 */
enum OverrideReason {

	CONTRAST_CONTRAINDICATED("contrast-contraindicated", "Gadolinium contrast contraindicated"),
	MR_UNSAFE_IMPLANT("mr-unsafe-implant", "MR-unsafe implant or device"),
	RECENT_EQUIVALENT_IMAGING("recent-equivalent-imaging", "Equivalent imaging done recently"),
	RED_FLAG_NOT_ON_RECORD("red-flag-not-on-record", "Red flag present that is not on record"),
	SYMPTOMS_BEYOND_SIX_WEEKS("symptoms-beyond-six-weeks", "Symptoms beyond six weeks"),
	FAILED_TREATMENT_CANDIDATE("failed-treatment-surgery-candidate",
			"Failed six weeks of treatment, surgery candidate"),
	INDICATION_NOT_LISTED("indication-not-listed", "Indication not among the suggestions"),
	PATIENT_DECLINES("patient-declines", "Patient declines"), OTHER("other", "Other reason");

	private final String code;

	private final String display;

	OverrideReason(String code, String display) {
		this.code = code;
		this.display = display;
	}

	static Optional<OverrideReason> ofCode(String code) {
		return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
	}

	static String[] codes() {
		return Arrays.stream(values()).map(reason -> reason.code).toArray(String[]::new);
	}

	static List<CdsServiceResponseCodingJson> asCodings(List<OverrideReason> reasons) {
		return reasons.stream()
			.map(reason -> new CdsServiceResponseCodingJson().setSystem(CodeSystems.OVERRIDE_REASON)
				.setCode(reason.code)
				.setDisplay(reason.display))
			.toList();
	}

}

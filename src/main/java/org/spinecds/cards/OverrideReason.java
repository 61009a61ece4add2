package org.spinecds.cards;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCodingJson;
import java.util.Arrays;
import java.util.List;

/**
 * Reasons a clinician can give for not following the card (CDS Hooks 2.0 overrideReasons;
 * each needs a display).
 */
enum OverrideReason {

	CONTRAST_CONTRAINDICATED("contrast-contraindicated", "Gadolinium contrast contraindicated"),
	MR_UNSAFE_IMPLANT("mr-unsafe-implant", "MR-unsafe implant or device"),
	RECENT_EQUIVALENT_IMAGING("recent-equivalent-imaging", "Equivalent imaging done recently"),
	PATIENT_DECLINES("patient-declines", "Patient declines"), OTHER("other", "Other reason");

	private final String code;

	private final String display;

	OverrideReason(String code, String display) {
		this.code = code;
		this.display = display;
	}

	static List<CdsServiceResponseCodingJson> asCodings() {
		return Arrays.stream(values())
			.map(reason -> new CdsServiceResponseCodingJson().setSystem(CodeSystems.OVERRIDE_REASON)
				.setCode(reason.code)
				.setDisplay(reason.display))
			.toList();
	}

}

package org.spinecds.guideline.evidence;

import org.hl7.fhir.r4.model.Coding;

/**
 * "Display (code)": how a safety finding cites the coded resource it came from, for a
 * clinician. The resource's id ({@code reference}) is never shown.
 */
public final class EvidenceCodes {

	private EvidenceCodes() {
	}

	public static String text(Coding code, String reference) {
		String display = code.hasDisplay() ? code.getDisplay() : code.getCode();
		return display + " (" + code.getCode() + ")";
	}

}

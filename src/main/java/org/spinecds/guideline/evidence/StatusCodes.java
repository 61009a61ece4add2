package org.spinecds.guideline.evidence;

import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * Whether a status CodeableConcept (clinicalStatus, verificationStatus) carries one of
 * the given codes.
 */
public final class StatusCodes {

	private StatusCodes() {
	}

	public static boolean hasAny(CodeableConcept status, Set<String> codes) {
		// A coding without a code is possible in client JSON; Set.of(...).contains(null)
		// would throw.
		for (Coding coding : status.getCoding()) {
			if (coding.getCode() != null && codes.contains(coding.getCode())) {
				return true;
			}
		}
		return false;
	}

}

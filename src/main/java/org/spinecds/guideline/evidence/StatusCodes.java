package org.spinecds.guideline.evidence;

import java.util.Objects;
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
		return status.getCoding().stream().map(Coding::getCode).filter(Objects::nonNull).anyMatch(codes::contains);
	}

}

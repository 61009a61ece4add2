package org.spinecds.guideline;

import java.util.Objects;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;

/** Reads Condition.clinicalStatus and verificationStatus (R4 condition-clinical / condition-ver-status). */
final class ConditionStatus {

	private static final Set<String> CURRENT = Set.of("active", "recurrence", "relapse");
	private static final Set<String> RECURRING = Set.of("recurrence", "relapse");
	private static final Set<String> NOT_TRUE = Set.of("refuted", "entered-in-error");

	private ConditionStatus() {}

	/** Refuted or entered-in-error conditions are not facts about the patient. */
	static boolean isRefutedOrEnteredInError(Condition condition) {
		return hasCode(condition.getVerificationStatus(), NOT_TRUE) || hasCode(condition.getClinicalStatus(), NOT_TRUE);
	}

	/** Active, recurrence or relapse. A missing clinicalStatus (invalid in R4) is taken as current, to fail safe. */
	static boolean isCurrent(Condition condition) {
		return condition.getClinicalStatus().isEmpty() || hasCode(condition.getClinicalStatus(), CURRENT);
	}

	static boolean isRecurrence(Condition condition) {
		return hasCode(condition.getClinicalStatus(), RECURRING);
	}

	private static boolean hasCode(CodeableConcept concept, Set<String> codes) {
		// A coding without a code is possible in client JSON; Set.of(...).contains(null) would throw.
		return concept.getCoding().stream().map(Coding::getCode).filter(Objects::nonNull).anyMatch(codes::contains);
	}
}

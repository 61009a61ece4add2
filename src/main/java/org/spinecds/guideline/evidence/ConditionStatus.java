package org.spinecds.guideline.evidence;

import java.util.Set;
import org.hl7.fhir.r4.model.Condition;

/**
 * Reads Condition.clinicalStatus and verificationStatus (R4 condition-clinical /
 * condition-ver-status).
 */
public final class ConditionStatus {

	private static final Set<String> CURRENT = Set.of("active", "recurrence", "relapse");

	private static final Set<String> RECURRING = Set.of("recurrence", "relapse");

	private static final Set<String> NOT_TRUE = Set.of("refuted", "entered-in-error");

	private ConditionStatus() {
	}

	/** Refuted or entered-in-error conditions are not facts about the patient. */
	public static boolean isRefutedOrEnteredInError(Condition condition) {
		return StatusCodes.hasAny(condition.getVerificationStatus(), NOT_TRUE)
				|| StatusCodes.hasAny(condition.getClinicalStatus(), NOT_TRUE);
	}

	/**
	 * Active, recurrence or relapse. A missing clinicalStatus (invalid in R4) is taken as
	 * current, to fail safe.
	 */
	public static boolean isCurrent(Condition condition) {
		return condition.getClinicalStatus().isEmpty() || StatusCodes.hasAny(condition.getClinicalStatus(), CURRENT);
	}

	/**
	 * Current and neither refuted nor entered in error: a condition the patient has now.
	 */
	public static boolean isCurrentFact(Condition condition) {
		return !isRefutedOrEnteredInError(condition) && isCurrent(condition);
	}

	public static boolean isRecurrence(Condition condition) {
		return StatusCodes.hasAny(condition.getClinicalStatus(), RECURRING);
	}

}

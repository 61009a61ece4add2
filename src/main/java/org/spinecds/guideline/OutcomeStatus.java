package org.spinecds.guideline;

/** What a guideline could say about one ordered study. */
public enum OutcomeStatus {

	/** A variant applies and the study has its rating. */
	RATED,
	/**
	 * The order is in scope, but the record does not say which variant applies (no low
	 * back pain coded, or the deciding fact such as the duration is missing).
	 */
	INDICATION_NEEDED,
	/**
	 * The order is imaging the guideline recognises, but for a patient or purpose the
	 * topic does not cover (a child, major trauma, tumour staging): Argonaut
	 * no-criteria-apply.
	 */
	NO_CRITERIA_APPLY,
	/** Not an order this guideline looks at. */
	NOT_IN_SCOPE

}

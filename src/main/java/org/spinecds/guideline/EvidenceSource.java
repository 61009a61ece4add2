package org.spinecds.guideline;

/**
 * Where a clinical fact came from: the patient's record or the order the clinician is
 * placing.
 */
public enum EvidenceSource {

	CONDITION, PROCEDURE, ORDER_REASON

}

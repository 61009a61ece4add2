package org.spinecds.guideline.evidence;

/**
 * Where a clinical fact came from: the patient's record or the order the clinician is
 * placing.
 */
public enum EvidenceSource {

	CONDITION, PROCEDURE, ORDER_REASON, MEDICATION, PATIENT

}

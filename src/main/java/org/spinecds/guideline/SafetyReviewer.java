package org.spinecds.guideline;

import java.util.List;
import org.spinecds.guideline.evidence.SurgeryEvidence;

/**
 * Runs the safety checks (kidney, allergy, pregnancy, implants, spinal hardware) for the
 * patient; the caller binds it to the patient's record.
 */
@FunctionalInterface
public interface SafetyReviewer {

	SafetyReview review(List<SurgeryEvidence> surgeries);

}

package org.spinecds.cards;

import org.spinecds.guideline.SafetyConcern;

/**
 * What a clinician should do about each safety finding (ACR Manual on Contrast Media;
 * clinical.md 2e, 3).
 */
final class SafetyAdvice {

	private SafetyAdvice() {
	}

	static String of(SafetyConcern concern) {
		return switch (concern) {
			case KIDNEY_FUNCTION -> "at risk for nephrogenic systemic fibrosis; avoid gadolinium, and if contrast is"
					+ " essential use an ACR group II agent";
			case CONTRAST_ALLERGY -> "avoid gadolinium-based contrast";
			case PREGNANCY -> "avoid gadolinium unless essential";
			case MRI_UNSAFE_IMPLANT ->
				"MRI only after the device has been checked for MR safety; CT myelography needs" + " no MRI";
			default -> "";
		};
	}

	/** Appended to a note's evidence, starting with its own separator. */
	static String suffix(SafetyConcern concern) {
		return switch (concern) {
			case MR_CONDITIONAL_IMPLANT -> ": scan only within the device's labelled MR conditions.";
			case NO_RECENT_EGFR -> ": check kidney function before gadolinium if the patient has risk factors.";
			case SPINAL_HARDWARE ->
				": ask for metal-artifact-reduction sequences; CT myelography if the MRI is" + " non-diagnostic.";
			case PERONEAL_NEUROPATHY -> ": EMG/nerve conduction studies and MRI of the leg or knee help tell a"
					+ " peroneal neuropathy from an L5 radiculopathy.";
			default -> ".";
		};
	}

}

package org.spinecds.guideline;

import java.util.List;

/**
 * The safety findings for one patient, in the order the card shows them
 * (contraindications first).
 */
public record SafetyReview(List<SafetyFinding> findings) {

	public SafetyReview {
		findings = List.copyOf(findings);
	}

	public boolean avoidGadolinium() {
		return has(SafetyConcern.Effect.AVOID_GADOLINIUM);
	}

	public boolean avoidMri() {
		return has(SafetyConcern.Effect.AVOID_MRI);
	}

	/**
	 * Kidney or allergy risk: CT myelography is an alternative. Pregnancy alone is not
	 * (radiation).
	 */
	public boolean gadoliniumRiskBesidesPregnancy() {
		return findings.stream()
			.anyMatch(finding -> finding.concern() == SafetyConcern.KIDNEY_FUNCTION
					|| finding.concern() == SafetyConcern.CONTRAST_ALLERGY);
	}

	public List<SafetyFinding> contraindications() {
		return findings.stream().filter(SafetyFinding::contraindication).toList();
	}

	public List<SafetyFinding> notes() {
		return findings.stream().filter(finding -> !finding.contraindication()).toList();
	}

	public boolean has(SafetyConcern concern) {
		return findings.stream().anyMatch(finding -> finding.concern() == concern);
	}

	private boolean has(SafetyConcern.Effect effect) {
		return findings.stream().anyMatch(finding -> finding.concern().effect() == effect);
	}
}

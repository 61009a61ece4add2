package org.spinecds.guideline;

/**
 * One safety finding. {@code brief} fits in a card summary ("eGFR 25"); {@code evidence}
 * cites what it came from ("eGFR 25 mL/min/1.73m2 on 2026-11-01, Observation/obs-1").
 */
public record SafetyFinding(SafetyConcern concern, String brief, String evidence) {

	public boolean contraindication() {
		return concern.effect() != SafetyConcern.Effect.NOTE;
	}
}

package org.spinecds.guideline;

/**
 * What the safety checks look for before a gadolinium-enhanced MRI (ACR Manual on
 * Contrast Media; ACR-NKF 2021; clinical.md 2e), and what each means for the suggestion.
 */
public enum SafetyConcern {

	/**
	 * eGFR below 30, dialysis, CKD 5, end-stage or acute kidney disease: at risk for NSF.
	 */
	KIDNEY_FUNCTION(Effect.AVOID_GADOLINIUM), CONTRAST_ALLERGY(Effect.AVOID_GADOLINIUM),
	PREGNANCY(Effect.AVOID_GADOLINIUM),
	/**
	 * An MR-unsafe device, or a cardiac pacemaker or defibrillator: MRI needs a device
	 * check first.
	 */
	MRI_UNSAFE_IMPLANT(Effect.AVOID_MRI), MR_CONDITIONAL_IMPLANT(Effect.NOTE), NO_RECENT_EGFR(Effect.NOTE),
	SPINAL_HARDWARE(Effect.NOTE), PERONEAL_NEUROPATHY(Effect.NOTE), DATA_NOT_CHECKED(Effect.NOTE);

	public enum Effect {

		AVOID_GADOLINIUM, AVOID_MRI, NOTE

	}

	private final Effect effect;

	SafetyConcern(Effect effect) {
		this.effect = effect;
	}

	public Effect effect() {
		return effect;
	}

}

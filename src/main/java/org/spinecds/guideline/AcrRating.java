package org.spinecds.guideline;

/**
 * ACR Appropriateness Criteria categories (ratings 7-9, 4-6, 1-3). The 2021 numeric
 * ratings are not used.
 */
public enum AcrRating {

	USUALLY_APPROPRIATE("Usually appropriate", true), MAY_BE_APPROPRIATE("May be appropriate", true),
	USUALLY_NOT_APPROPRIATE("Usually not appropriate", false);

	private final String label;

	private final boolean appropriate;

	AcrRating(String label, boolean appropriate) {
		this.label = label;
		this.appropriate = appropriate;
	}

	public String label() {
		return label;
	}

	/**
	 * The Argonaut PAMA rating: "appropriate" for usually and may be appropriate, else
	 * "not-appropriate".
	 */
	public boolean appropriate() {
		return appropriate;
	}

}

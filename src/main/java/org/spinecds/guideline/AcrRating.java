package org.spinecds.guideline;

import java.util.Arrays;
import java.util.Optional;

/**
 * ACR Appropriateness Criteria categories (ratings 7-9, 4-6, 1-3). The 2021 numeric
 * ratings are not used. {@code code} is the abbreviation the ratings tables use (UA, MBA,
 * UNA); the order of the constants is best first.
 */
public enum AcrRating {

	USUALLY_APPROPRIATE("Usually appropriate", true, "UA"), MAY_BE_APPROPRIATE("May be appropriate", true, "MBA"),
	USUALLY_NOT_APPROPRIATE("Usually not appropriate", false, "UNA");

	private final String label;

	private final boolean appropriate;

	private final String code;

	AcrRating(String label, boolean appropriate, String code) {
		this.label = label;
		this.appropriate = appropriate;
		this.code = code;
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

	/** UA, MBA or UNA. */
	public String code() {
		return code;
	}

	/** The category of a ratings table cell (UA, MBA, UNA), if it is one. */
	public static Optional<AcrRating> ofCode(String code) {
		return Arrays.stream(values()).filter(rating -> rating.code.equals(code)).findFirst();
	}

	/** Whether this category is better than {@code other}. */
	public boolean betterThan(AcrRating other) {
		return ordinal() < other.ordinal();
	}

}

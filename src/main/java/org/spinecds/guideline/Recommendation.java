package org.spinecds.guideline;

/** What the card asks the clinician to do with the ordered study. */
public enum Recommendation {

	/** The order already is the recommended study: rate it, no card. */
	KEEP,
	/** Change the draft order to the recommended study. */
	REPLACE_ORDER,
	/**
	 * Radiographs stay (hardware, alignment) but show no nerve compression: add the
	 * recommended study beside them.
	 */
	ADD_ORDER,
	/** No imaging is appropriate: remove the draft order. */
	REMOVE_ORDER,
	/**
	 * The order already is the recommended study, but the variant is an emergency and the
	 * order is not STAT: keep the study, raise its priority.
	 */
	RAISE_PRIORITY;

	public static Recommendation forOrdered(StudyCategory ordered, StudyCategory recommended) {
		if (ordered == recommended) {
			return KEEP;
		}
		return ordered == StudyCategory.RADIOGRAPHY ? ADD_ORDER : REPLACE_ORDER;
	}

}

package org.spinecds.guideline;

/** What the card asks the clinician to do with the ordered study. */
public enum Recommendation {
	/** The order already is MRI lumbar spine without and with IV contrast: rate it, no card. */
	KEEP,
	/** Change the draft order to MRI lumbar spine without and with IV contrast. */
	REPLACE_WITH_MRI_WITHOUT_AND_WITH_CONTRAST,
	/** Radiographs stay (hardware, alignment) but show no nerve compression: add the MRI as a second order. */
	ADD_MRI_WITHOUT_AND_WITH_CONTRAST;

	static Recommendation forOrdered(StudyCategory ordered) {
		return switch (ordered) {
			case MRI_WITHOUT_AND_WITH_CONTRAST -> KEEP;
			case RADIOGRAPHY -> ADD_MRI_WITHOUT_AND_WITH_CONTRAST;
			default -> REPLACE_WITH_MRI_WITHOUT_AND_WITH_CONTRAST;
		};
	}
}

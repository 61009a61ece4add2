package org.spinecds.guideline;

import static org.spinecds.guideline.AcrRating.MAY_BE_APPROPRIATE;
import static org.spinecds.guideline.AcrRating.USUALLY_APPROPRIATE;
import static org.spinecds.guideline.AcrRating.USUALLY_NOT_APPROPRIATE;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * ACR Appropriateness Criteria, Low Back Pain (2021 update), variant 5: "Low back pain
 * with history of prior lumbar surgery and with or without radiculopathy. New or
 * progressing symptoms or clinical findings. Initial imaging." Hutchins TA et al., J Am
 * Coll Radiol 2021;18(11S):S361-S379. Categories as in clinical.md 1.3 (adult). Studies
 * the 2021 table does not list (conventional myelography, contrast not specified) have no
 * rating.
 */
public final class AcrLowBackPainVariant5 {

	public static final String TITLE = "ACR Appropriateness Criteria: Low Back Pain (2021), variant 5";

	public static final String VARIANT = "Low back pain with history of prior lumbar surgery, with or without radiculopathy; new or progressing"
			+ " symptoms or clinical findings; initial imaging";

	public static final String NARRATIVE_URL = "https://acsearch.acr.org/docs/69483/Narrative/";

	private static final Map<StudyCategory, AcrRating> RATINGS = ratings();

	private AcrLowBackPainVariant5() {
	}

	public static Optional<AcrRating> rate(StudyCategory study) {
		return Optional.ofNullable(RATINGS.get(study));
	}

	/** Every rated study, in the order the ACR table lists them. */
	public static Map<StudyCategory, AcrRating> table() {
		return RATINGS;
	}

	private static Map<StudyCategory, AcrRating> ratings() {
		Map<StudyCategory, AcrRating> ratings = new EnumMap<>(StudyCategory.class);
		ratings.put(StudyCategory.RADIOGRAPHY, USUALLY_APPROPRIATE);
		ratings.put(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST, USUALLY_APPROPRIATE);
		ratings.put(StudyCategory.MRI_WITHOUT_CONTRAST, USUALLY_APPROPRIATE);
		ratings.put(StudyCategory.MRI_WITH_CONTRAST, USUALLY_NOT_APPROPRIATE);
		ratings.put(StudyCategory.CT_WITHOUT_CONTRAST, MAY_BE_APPROPRIATE);
		ratings.put(StudyCategory.CT_WITH_CONTRAST, USUALLY_NOT_APPROPRIATE);
		ratings.put(StudyCategory.CT_WITHOUT_AND_WITH_CONTRAST, USUALLY_NOT_APPROPRIATE);
		ratings.put(StudyCategory.CT_MYELOGRAPHY, MAY_BE_APPROPRIATE);
		return Collections.unmodifiableMap(ratings);
	}

}

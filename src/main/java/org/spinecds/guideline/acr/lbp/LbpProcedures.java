package org.spinecds.guideline.acr.lbp;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinecds.guideline.StudyCategory;

/**
 * The ACR Low Back Pain procedures (ids of the ratings table) and the orderable study
 * categories rated as each. An order whose contrast is not coded is rated as the study
 * without contrast, which is how such an order is protocolled unless the radiologist adds
 * contrast (and never rated worse than the contrast study in this topic). Conventional
 * myelography is not in the 2021 table: unrated. FDG-PET/CT has no verified orderable
 * code: no category is rated as it (docs/lbp-variants-data.md).
 */
public final class LbpProcedures {

	public static final List<String> ALL = List.of("XR", "MRI_WO_W", "MRI_WO", "MRI_W", "CT_WO", "CT_W", "CT_WO_W",
			"CT_MYELO", "BONE_SCAN", "DISCOGRAPHY", "FDG_PET_CT");

	private static final Map<StudyCategory, String> RATED_AS = ratedAs();

	private LbpProcedures() {
	}

	/** The ACR procedure an ordered study is rated as, if the table rates it. */
	public static Optional<String> of(StudyCategory category) {
		return Optional.ofNullable(RATED_AS.get(category));
	}

	/** The orderable category that is exactly this ACR procedure, if any. */
	public static Optional<StudyCategory> category(String procedure) {
		return RATED_AS.entrySet()
			.stream()
			.filter(entry -> entry.getValue().equals(procedure))
			.map(Map.Entry::getKey)
			.filter(category -> category != StudyCategory.MRI_CONTRAST_UNSPECIFIED
					&& category != StudyCategory.CT_CONTRAST_UNSPECIFIED)
			.findFirst();
	}

	public static Map<StudyCategory, String> mapping() {
		return RATED_AS;
	}

	private static Map<StudyCategory, String> ratedAs() {
		Map<StudyCategory, String> map = new EnumMap<>(StudyCategory.class);
		map.put(StudyCategory.RADIOGRAPHY, "XR");
		map.put(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST, "MRI_WO_W");
		map.put(StudyCategory.MRI_WITHOUT_CONTRAST, "MRI_WO");
		map.put(StudyCategory.MRI_WITH_CONTRAST, "MRI_W");
		map.put(StudyCategory.MRI_CONTRAST_UNSPECIFIED, "MRI_WO");
		map.put(StudyCategory.CT_WITHOUT_CONTRAST, "CT_WO");
		map.put(StudyCategory.CT_WITH_CONTRAST, "CT_W");
		map.put(StudyCategory.CT_WITHOUT_AND_WITH_CONTRAST, "CT_WO_W");
		map.put(StudyCategory.CT_CONTRAST_UNSPECIFIED, "CT_WO");
		map.put(StudyCategory.CT_MYELOGRAPHY, "CT_MYELO");
		map.put(StudyCategory.BONE_SCAN, "BONE_SCAN");
		map.put(StudyCategory.DISCOGRAPHY, "DISCOGRAPHY");
		return Collections.unmodifiableMap(map);
	}

}

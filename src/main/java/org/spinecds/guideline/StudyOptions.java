package org.spinecds.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Which studies to offer, given the safety review. Without a contraindication: MRI
 * without and with IV contrast. Gadolinium to avoid: MRI without contrast (usually
 * appropriate), and for kidney or allergy risk also CT myelography (may be appropriate).
 * MRI to avoid until the device is checked: CT myelography. The contrast study stays
 * listed, last and not recommended, so the clinician sees what was weighed. ACR Low Back
 * Pain 2021 variant 5; clinical.md 2d/2e.
 */
public final class StudyOptions {

	/** Every study a card may offer; each needs an orderable definition. */
	public static final List<StudyCategory> OFFERABLE = List.of(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST,
			StudyCategory.MRI_WITHOUT_CONTRAST, StudyCategory.CT_MYELOGRAPHY);

	private StudyOptions() {
	}

	/**
	 * The studies to offer when a variant suggests {@code preferred} (MRI without and
	 * with contrast, or MRI without contrast), weighed against the safety review as
	 * above, each rated under the variant.
	 */
	public static List<StudyOption> forVariant(SafetyReview safety, StudyCategory preferred,
			Function<StudyCategory, AcrRating> rate) {
		List<StudyOption> options = new ArrayList<>();
		if (preferred == StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST) {
			boolean contrastMriSafe = !safety.avoidMri() && !safety.avoidGadolinium();
			if (safety.avoidMri()) {
				options.add(rated(StudyCategory.CT_MYELOGRAPHY, rate, true));
			}
			else if (safety.avoidGadolinium()) {
				options.add(rated(StudyCategory.MRI_WITHOUT_CONTRAST, rate, true));
				if (safety.gadoliniumRiskBesidesPregnancy()) {
					options.add(rated(StudyCategory.CT_MYELOGRAPHY, rate, false));
				}
			}
			// recommended first: the first suggestion shown is the study the summary
			// names, not the contrast MRI the safety review advises against
			options.add(new StudyOption(preferred, rate.apply(preferred), contrastMriSafe));
		}
		else if (preferred == StudyCategory.MRI_WITHOUT_CONTRAST) {
			options.add(new StudyOption(preferred, rate.apply(preferred), !safety.avoidMri()));
			if (safety.avoidMri()) {
				options.add(rated(StudyCategory.CT_MYELOGRAPHY, rate, true));
			}
		}
		else {
			throw new IllegalArgumentException("Not an offerable first study: " + preferred);
		}
		return options;
	}

	private static StudyOption rated(StudyCategory study, Function<StudyCategory, AcrRating> rate,
			boolean recommended) {
		return new StudyOption(study, rate.apply(study), recommended);
	}

}

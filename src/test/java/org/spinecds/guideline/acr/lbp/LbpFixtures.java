package org.spinecds.guideline.acr.lbp;

import org.spinecds.AcrRatingsTables;
import org.spinecds.guideline.AcrRating;
import org.spinecds.guideline.RatingsTable;
import org.spinecds.guideline.StudyCategory;
import org.spinecds.terminology.TestTerminology;

/** The Low Back Pain table and guideline as the service loads them, for tests. */
public final class LbpFixtures {

	public static final RatingsTable TABLE = AcrRatingsTables.load(AcrRatingsTables.LOW_BACK_PAIN, LbpProcedures.ALL,
			LowBackPainGuideline.VARIANTS);

	public static final LowBackPainGuideline GUIDELINE = new LowBackPainGuideline(TestTerminology.builtInValueSets(),
			TABLE, LowBackPainSettings.DEFAULTS);

	private LbpFixtures() {
	}

	/** The category of a study under a variant ("V5"). */
	public static AcrRating rate(String variant, StudyCategory study) {
		return TABLE.variant(variant).rate(LbpProcedures.of(study).orElseThrow());
	}

}

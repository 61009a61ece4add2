package org.spinecds.guideline.acr.lbp;

import java.util.Optional;
import org.spinecds.guideline.RatingsTable;
import org.spinecds.guideline.VariantMatch;

/**
 * Variant 1: acute low back pain (episode shorter than {@code acuteWeeks}), with or
 * without radiculopathy, no red flags, no prior management. Also applies, with variant 2,
 * when the episode's duration is not recorded and no management is: both rate every study
 * usually not appropriate.
 */
final class AcuteUncomplicatedPain extends LbpVariant {

	AcuteUncomplicatedPain(RatingsTable table) {
		super(table, "V1");
	}

	@Override
	public Optional<VariantMatch> match(LbpEvidence evidence) {
		if (!Uncomplicated.applies(evidence)) {
			return Optional.empty();
		}
		if (evidence.acute() || (!evidence.episode().known() && !evidence.managed())) {
			// an "acute low back pain" code without an onset is acute, whatever else
			return matched(Uncomplicated.findings(evidence));
		}
		return Optional.empty();
	}

}

package org.spinecds.guideline.acr.lbp;

import java.util.Map;
import java.util.Optional;
import org.spinecds.guideline.RatingsTable;
import org.spinecds.guideline.VariantMatch;

/**
 * Variant 2: subacute or chronic low back pain (episode of {@code acuteWeeks} or more),
 * no red flags, no prior management: no management in the episode, or management that has
 * not yet lasted the imaging threshold (6 weeks). Also applies, with variant 1, when the
 * duration is not recorded and no management is.
 */
final class SubacuteOrChronicUncomplicatedPain extends LbpVariant {

	SubacuteOrChronicUncomplicatedPain(RatingsTable table) {
		super(table, "V2");
	}

	@Override
	public Optional<VariantMatch> match(LbpEvidence evidence) {
		if (!Uncomplicated.applies(evidence)) {
			return Optional.empty();
		}
		boolean subacuteOrChronic = evidence.episode().known() && !evidence.acute();
		boolean notYetV3 = !evidence.managed() || !evidence.pastImagingThreshold();
		boolean unknownAndUntreated = !evidence.episode().known() && !evidence.episode().acuteByCode()
				&& !evidence.managed();
		if ((subacuteOrChronic && notYetV3) || unknownAndUntreated) {
			// Past six weeks, untreated: "within the first six weeks" (AAFP) no longer
			// fits; the card quotes the six-week trial of management instead.
			boolean pastSixWeeks = evidence.pastImagingThreshold();
			return matched(Uncomplicated.findings(evidence), false,
					Map.of("ifWithinSixWeeks", pastSixWeeks ? "" : ">", "ifPastSixWeeks", pastSixWeeks ? ">" : ""));
		}
		return Optional.empty();
	}

}

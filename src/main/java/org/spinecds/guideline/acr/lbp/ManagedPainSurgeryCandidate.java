package org.spinecds.guideline.acr.lbp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spinecds.guideline.RatingsTable;
import org.spinecds.guideline.VariantMatch;
import org.spinecds.guideline.evidence.Finding;
import org.spinecds.guideline.evidence.PatientFacts;

/**
 * Variant 3: subacute or chronic low back pain, surgery or intervention candidate with
 * persistent or progressive symptoms during or after 6 weeks of optimal medical
 * management. Read as: an episode of at least {@code imagingWeeks} with management
 * (physical therapy, epidural injection) recorded in it; persistence and candidacy are
 * rarely coded, and the order itself is taken as the clinician's judgement of them
 * (lbp-topic.md 1.4).
 */
final class ManagedPainSurgeryCandidate extends LbpVariant {

	ManagedPainSurgeryCandidate(RatingsTable table) {
		super(table, "V3");
	}

	@Override
	public Optional<VariantMatch> match(LbpEvidence evidence) {
		if (!evidence.hasLowBackPain() || !evidence.managed() || !evidence.pastImagingThreshold()) {
			return Optional.empty();
		}
		List<Finding> findings = new ArrayList<>(evidence.lowBackPain());
		findings.add(Uncomplicated.EpisodeFinding.of(evidence));
		findings.addAll(evidence.management());
		return matched(findings);
	}

	@Override
	public java.util.Set<PatientFacts.Need> dataNeeds() {
		return java.util.Set.of(PatientFacts.Need.CONDITIONS, PatientFacts.Need.PROCEDURES);
	}

}

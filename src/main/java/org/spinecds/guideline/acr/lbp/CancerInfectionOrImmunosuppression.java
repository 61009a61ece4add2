package org.spinecds.guideline.acr.lbp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.spinecds.guideline.RatingsTable;
import org.spinecds.guideline.VariantMatch;
import org.spinecds.guideline.evidence.Finding;
import org.spinecds.guideline.evidence.PatientFacts;

/**
 * Variant 7: low back pain with suspicion of cancer (cancer or its history, except the
 * excluded codes; unexplained weight loss), infection (spine infection, fever,
 * bacteraemia, drug use) or immunosuppression (conditions, current immunosuppressants).
 */
final class CancerInfectionOrImmunosuppression extends LbpVariant {

	CancerInfectionOrImmunosuppression(RatingsTable table) {
		super(table, "V7");
	}

	@Override
	public Set<PatientFacts.Need> dataNeeds() {
		return Set.of(PatientFacts.Need.CONDITIONS, PatientFacts.Need.MEDICATIONS);
	}

	@Override
	public Optional<VariantMatch> match(LbpEvidence evidence) {
		List<Finding> flags = evidence.cancerInfectionImmunosuppression();
		if (flags.isEmpty() || !evidence.hasLowBackPainOrReason(flags)) {
			return Optional.empty();
		}
		List<Finding> findings = new ArrayList<>(flags);
		findings.addAll(evidence.lowBackPain());
		return matched(findings);
	}

}

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
 * Variant 6: low back pain with low-velocity trauma, osteoporosis, elderly individual
 * (older than {@code elderlyAge}) or chronic systemic steroid use (at least
 * {@code chronicSteroidDays}). Never an emergency (lbp-topic.md 3, 6.4).
 */
final class FractureRisk extends LbpVariant {

	FractureRisk(RatingsTable table) {
		super(table, "V6");
	}

	@Override
	public Set<PatientFacts.Need> dataNeeds() {
		return Set.of(PatientFacts.Need.PATIENT, PatientFacts.Need.CONDITIONS, PatientFacts.Need.MEDICATIONS);
	}

	@Override
	public Optional<VariantMatch> match(LbpEvidence evidence) {
		List<Finding> risk = evidence.fractureRisk();
		if (risk.isEmpty() || !evidence.hasLowBackPainOrReason(risk)) {
			return Optional.empty();
		}
		List<Finding> findings = new ArrayList<>(risk);
		findings.addAll(evidence.lowBackPain());
		return matched(findings);
	}

}

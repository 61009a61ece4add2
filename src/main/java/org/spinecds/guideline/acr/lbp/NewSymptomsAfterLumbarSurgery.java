package org.spinecds.guideline.acr.lbp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spinecds.guideline.PostOperativeFootDrop;
import org.spinecds.guideline.RatingsTable;
import org.spinecds.guideline.Urgency;
import org.spinecds.guideline.VariantMatch;
import org.spinecds.guideline.evidence.Criterion;
import org.spinecds.guideline.evidence.EvidenceSource;
import org.spinecds.guideline.evidence.Finding;
import org.spinecds.guideline.evidence.FootDropEvidence;
import org.spinecds.guideline.evidence.PatientFacts;
import org.spinecds.guideline.evidence.SurgeryEvidence;

/**
 * Variant 5: low back pain with prior lumbar surgery, new or progressing symptoms or
 * clinical findings. The flagship case is foot drop new since the surgery
 * ({@link org.spinecds.guideline.PostOperativeFootDropRule}: an emergency within 30 days
 * of it); otherwise low back pain or radicular symptoms that began after the most recent
 * surgery, or given as the reason of this order (with post-laminectomy syndrome as a
 * reason counting as current symptoms).
 */
final class NewSymptomsAfterLumbarSurgery extends LbpVariant {

	NewSymptomsAfterLumbarSurgery(RatingsTable table) {
		super(table, "V5");
	}

	@Override
	public Set<PatientFacts.Need> dataNeeds() {
		return Set.of(PatientFacts.Need.CONDITIONS, PatientFacts.Need.PROCEDURES);
	}

	@Override
	public Optional<VariantMatch> match(LbpEvidence evidence) {
		if (!evidence.priorSurgery()) {
			return Optional.empty();
		}
		Optional<PostOperativeFootDrop> footDrop = evidence.footDropAfterSurgery();
		if (footDrop.isPresent()) {
			PostOperativeFootDrop found = footDrop.get();
			List<Finding> findings = new ArrayList<>();
			findings.add(footDropFinding(found.footDrop()));
			findings.add(surgeryFinding(found.surgery()));
			findings.addAll(evidence.newSymptomsAfterSurgery());
			Map<String, String> details = new HashMap<>();
			found.daysFromSurgeryToOnset().ifPresent(days -> details.put("daysFromSurgeryToOnset", "" + days));
			details.put("urgency", found.urgency().name());
			return matched(findings, found.urgency() == Urgency.EMERGENT, details);
		}
		List<Finding> symptoms = new ArrayList<>(evidence.newSymptomsAfterSurgery());
		evidence.surgeries()
			.stream()
			.filter(surgery -> surgery.source() == EvidenceSource.ORDER_REASON)
			.map(surgery -> new Finding(Criterion.NEW_SYMPTOMS_AFTER_SURGERY, EvidenceSource.ORDER_REASON,
					display(surgery), surgery.code().getCode(), Optional.empty(), false))
			.forEach(symptoms::add);
		if (symptoms.isEmpty()) {
			return Optional.empty();
		}
		List<Finding> findings = new ArrayList<>(symptoms);
		findings.add(surgeryFinding(mostRecent(evidence.surgeries())));
		return matched(findings, false, Map.of("urgency", Urgency.URGENT.name()));
	}

	private static SurgeryEvidence mostRecent(List<SurgeryEvidence> surgeries) {
		return surgeries.stream()
			.filter(surgery -> surgery.performed().isPresent())
			.max(java.util.Comparator.comparing(surgery -> surgery.performed().get().latest()))
			.orElse(surgeries.get(0));
	}

	static Finding footDropFinding(FootDropEvidence footDrop) {
		return new Finding(Criterion.FOOT_DROP, footDrop.source(),
				footDrop.code().hasDisplay() ? footDrop.code().getDisplay() : footDrop.code().getCode(),
				footDrop.code().getCode(), footDrop.onset().or(footDrop::recorded), false);
	}

	static Finding surgeryFinding(SurgeryEvidence surgery) {
		return new Finding(Criterion.PRIOR_LUMBAR_SURGERY, surgery.source(), display(surgery), surgery.code().getCode(),
				surgery.performed(), false);
	}

	private static String display(SurgeryEvidence surgery) {
		return surgery.code().hasDisplay() ? surgery.code().getDisplay() : surgery.code().getCode();
	}

}

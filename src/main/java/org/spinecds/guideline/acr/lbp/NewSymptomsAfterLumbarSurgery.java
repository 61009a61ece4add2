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
import org.spinecds.guideline.evidence.Findings;
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

	/** The flagship's own card (and card type): foot drop after lumbar surgery. */
	static final String FOOT_DROP_TEMPLATE = TEMPLATE_FOLDER + "v5-foot-drop";

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
			found.allFootDrop().forEach(each -> findings.add(Findings.of(each)));
			found.allSurgery().forEach(surgery -> findings.add(Findings.of(surgery)));
			findings.addAll(evidence.newSymptomsAfterSurgery());
			Map<String, String> details = new HashMap<>();
			found.daysFromSurgeryToOnset().ifPresent(days -> details.put("daysFromSurgeryToOnset", "" + days));
			if (found.daysFromSurgeryToOnset().isPresent()) {
				details.put("onsetAfterSurgery",
						days(found.daysFromSurgeryToOnset().getAsLong()) + " after lumbar surgery");
			}
			else if (found.urgency() == Urgency.EMERGENT) {
				details.put("onsetAfterSurgery",
						"within " + Urgency.EARLY_POST_OPERATIVE_DAYS + " days of lumbar surgery");
			}
			details.put("urgency", found.urgency().name());
			return matched(findings, found.urgency() == Urgency.EMERGENT, details, FOOT_DROP_TEMPLATE);
		}
		List<Finding> symptoms = new ArrayList<>(evidence.newSymptomsAfterSurgery());
		evidence.surgeries()
			.stream()
			.filter(surgery -> surgery.source() == EvidenceSource.ORDER_REASON)
			.map(surgery -> Finding.coded(Criterion.NEW_SYMPTOMS_AFTER_SURGERY, EvidenceSource.ORDER_REASON,
					surgery.code(), Optional.empty(), false, Optional.empty()))
			.forEach(symptoms::add);
		if (symptoms.isEmpty()) {
			return Optional.empty();
		}
		List<Finding> findings = new ArrayList<>(symptoms);
		findings.add(Findings.of(mostRecent(evidence.surgeries())));
		return matched(findings, false, Map.of("urgency", Urgency.URGENT.name()));
	}

	private static String days(long days) {
		return days == 1 ? "1 day" : days + " days";
	}

	private static SurgeryEvidence mostRecent(List<SurgeryEvidence> surgeries) {
		return surgeries.stream()
			.filter(surgery -> surgery.performed().isPresent())
			.max(java.util.Comparator.comparing(surgery -> surgery.performed().get().latest()))
			.orElse(surgeries.get(0));
	}

}

package org.spinecds.guideline.acr.lbp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.spinecds.guideline.PostOperativeFootDrop;
import org.spinecds.guideline.evidence.Episode;
import org.spinecds.guideline.evidence.Finding;
import org.spinecds.guideline.evidence.FootDropEvidence;
import org.spinecds.guideline.evidence.SurgeryEvidence;

/**
 * Everything the Low Back Pain variants decide on, read once per order: each criterion's
 * findings (lbp-topic.md 1.3, 2), the current episode, prior lumbar surgery and what is
 * new since.
 *
 * @param caudaEquina cauda equina syndrome, or its signs with low back pain on record
 * @param cancer cancer or its history (excluded prefixes removed)
 * @param immunosuppression conditions and current immunosuppressant medications
 * @param surgeries prior lumbar surgery (not dated after today)
 * @param newSymptomsAfterSurgery low back pain or radicular findings that began after the
 * most recent surgery (or whose dates cannot place them before it), and the order's own
 * reasons
 * @param footDrops foot drop anywhere in the record or the order's reasons
 * @param medicationsChecked false when the medication list was not obtained
 */
public record LbpEvidence(LowBackPainSettings settings, LocalDate today, OptionalInt age, List<Finding> lowBackPain,
		Episode episode, List<Finding> caudaEquina, List<Finding> cancer, List<Finding> weightLoss,
		List<Finding> infection, List<Finding> drugUse, List<Finding> immunosuppression, List<Finding> osteoporosis,
		List<Finding> trauma, Optional<Finding> elderly, List<Finding> chronicSteroids, List<Finding> management,
		List<SurgeryEvidence> surgeries, Optional<PostOperativeFootDrop> footDropAfterSurgery,
		List<Finding> newSymptomsAfterSurgery, List<FootDropEvidence> footDrops, boolean medicationsChecked) {

	public boolean hasLowBackPain() {
		return !lowBackPain.isEmpty();
	}

	/**
	 * Low back pain on record, or a red flag given as this order's own reason (the
	 * clinician's indication for imaging the lumbar spine).
	 */
	public boolean hasLowBackPainOrReason(List<Finding> flags) {
		return hasLowBackPain() || flags.stream()
			.anyMatch(flag -> flag.source() == org.spinecds.guideline.evidence.EvidenceSource.ORDER_REASON);
	}

	public boolean priorSurgery() {
		return !surgeries.isEmpty();
	}

	/** Suspicion of cancer, infection or immunosuppression (variant 7's criteria). */
	public List<Finding> cancerInfectionImmunosuppression() {
		List<Finding> all = new ArrayList<>(cancer);
		all.addAll(weightLoss);
		all.addAll(infection);
		all.addAll(drugUse);
		all.addAll(immunosuppression);
		return all;
	}

	/**
	 * Low-velocity trauma, osteoporosis, elderly individual, chronic steroid use (variant
	 * 6's criteria).
	 */
	public List<Finding> fractureRisk() {
		List<Finding> all = new ArrayList<>(trauma);
		all.addAll(osteoporosis);
		elderly.ifPresent(all::add);
		all.addAll(chronicSteroids);
		return all;
	}

	/**
	 * Any red flag (ACR's "no red flags" of variants 1 and 2): cauda equina, cancer,
	 * infection, immunosuppression, fracture risk, or a neurologic deficit (foot drop).
	 */
	public boolean redFlag() {
		return !caudaEquina.isEmpty() || !cancerInfectionImmunosuppression().isEmpty() || !fractureRisk().isEmpty()
				|| !footDrops.isEmpty();
	}

	/** Management (physical therapy, epidural injection) recorded in the episode. */
	public boolean managed() {
		return !management.isEmpty();
	}

	/** The episode has lasted at least the imaging threshold (6 weeks). */
	public boolean pastImagingThreshold() {
		return episode.days().isPresent() && episode.days().getAsLong() >= settings.imagingDays();
	}

	public boolean acute() {
		return episode.days().isPresent() && episode.days().getAsLong() < settings.acuteDays();
	}

}

package org.spinecds.guideline.acr.lbp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spinecds.guideline.evidence.Criterion;
import org.spinecds.guideline.evidence.EvidenceSource;
import org.spinecds.guideline.evidence.Finding;

/**
 * Variants 1 and 2 ("No red flags. No prior management."): low back pain on record, no
 * red flag and no prior lumbar surgery.
 */
final class Uncomplicated {

	private Uncomplicated() {
	}

	static boolean applies(LbpEvidence evidence) {
		return evidence.hasLowBackPain() && !evidence.redFlag() && !evidence.priorSurgery();
	}

	/**
	 * The low back pain findings, then the episode's duration (or that it is unknown).
	 */
	static List<Finding> findings(LbpEvidence evidence) {
		List<Finding> findings = new ArrayList<>(evidence.lowBackPain());
		findings.add(EpisodeFinding.of(evidence));
		findings.addAll(evidence.management());
		return findings;
	}

	/** The episode's duration as a finding the card can cite. */
	static final class EpisodeFinding {

		private EpisodeFinding() {
		}

		static Finding of(LbpEvidence evidence) {
			var episode = evidence.episode();
			if (episode.days().isEmpty()) {
				return Finding.derived(Criterion.EPISODE, EvidenceSource.PATIENT,
						"Duration of the episode not recorded", Optional.empty());
			}
			long days = episode.days().getAsLong();
			String text = episode.chronicByCode()
					? "Chronic by its code (more than " + evidence.settings().chronicWeeks()
							+ " weeks), onset not recorded"
					: "Episode of " + (days / 7) + " weeks " + (days % 7) + " days";
			return Finding.derived(Criterion.EPISODE, EvidenceSource.PATIENT,
					episode.chronicByCode() ? text : text + " (since " + episode.start().get().text() + ")",
					Optional.empty());
		}

	}

}

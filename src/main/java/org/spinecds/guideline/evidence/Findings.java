package org.spinecds.guideline.evidence;

import java.util.Optional;

/** Foot drop and lumbar surgery evidence as the findings a card cites. */
public final class Findings {

	private Findings() {
	}

	public static Finding of(FootDropEvidence footDrop) {
		return Finding.coded(Criterion.FOOT_DROP, footDrop.source(), footDrop.code(),
				footDrop.onset().or(footDrop::recorded), false, reference(footDrop.source(), footDrop.reference()));
	}

	public static Finding of(SurgeryEvidence surgery) {
		return Finding.coded(Criterion.PRIOR_LUMBAR_SURGERY, surgery.source(), surgery.code(), surgery.performed(),
				false, reference(surgery.source(), surgery.reference()));
	}

	private static Optional<String> reference(EvidenceSource source, String reference) {
		return source == EvidenceSource.ORDER_REASON ? Optional.empty() : Optional.of(reference);
	}

}

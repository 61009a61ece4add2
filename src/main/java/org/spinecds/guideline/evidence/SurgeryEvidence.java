package org.spinecds.guideline.evidence;

import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;

/**
 * Prior lumbar spine surgery: a completed Procedure, or a Condition / order reason that
 * implies it (post-laminectomy syndrome, history of lumbar laminectomy). {@code hardware}
 * marks fusion or implants (metal artifact on MRI).
 */
public record SurgeryEvidence(EvidenceSource source, String reference, Coding code, Optional<DateSpan> performed,
		boolean hardware) {
}

package org.spinecds.guideline.evidence;

import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;

/**
 * A foot drop found in a Condition or in the order's reasonCode. {@code reference} is
 * "Condition/id" or "ServiceRequest/id"; {@code recorded} is used as an upper bound of
 * the onset when the onset is not recorded.
 */
public record FootDropEvidence(EvidenceSource source, String reference, Coding code, Optional<DateSpan> onset,
		Optional<DateSpan> recorded, boolean recurrence) {
}

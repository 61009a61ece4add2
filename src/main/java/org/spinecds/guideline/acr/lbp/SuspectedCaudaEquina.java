package org.spinecds.guideline.acr.lbp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinecds.guideline.RatingsTable;
import org.spinecds.guideline.VariantMatch;
import org.spinecds.guideline.evidence.Finding;

/**
 * Variant 4: low back pain with suspected cauda equina syndrome: the syndrome itself
 * (also "rule out", provisional), or its signs (urinary retention, faecal incontinence,
 * saddle numbness ...) with low back pain on record. Always an emergency.
 */
final class SuspectedCaudaEquina extends LbpVariant {

	SuspectedCaudaEquina(RatingsTable table) {
		super(table, "V4");
	}

	@Override
	public Optional<VariantMatch> match(LbpEvidence evidence) {
		if (evidence.caudaEquina().isEmpty()) {
			return Optional.empty();
		}
		List<Finding> findings = new ArrayList<>(evidence.caudaEquina());
		findings.addAll(evidence.lowBackPain());
		return matched(findings, true, Map.of());
	}

}

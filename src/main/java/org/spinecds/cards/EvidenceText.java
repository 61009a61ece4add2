package org.spinecds.cards;

import org.spinecds.guideline.evidence.SurgeryEvidence;
import org.spinecds.guideline.evidence.FootDropEvidence;
import org.spinecds.guideline.evidence.EvidenceSource;
import org.hl7.fhir.r4.model.Coding;
import org.spinecds.guideline.OrderedStudy;

/**
 * One line of evidence each, naming the resource it came from, so a clinician can find it
 * in the chart.
 */
final class EvidenceText {

	private EvidenceText() {
	}

	static String footDrop(FootDropEvidence footDrop) {
		StringBuilder line = new StringBuilder(coded(footDrop.code())).append(", ")
			.append(where(footDrop.source(), footDrop.reference()));
		if (footDrop.source() != EvidenceSource.ORDER_REASON) {
			line.append(footDrop.onset().map(onset -> ", onset " + onset.text()).orElse(", onset not recorded"));
		}
		if (footDrop.recurrence()) {
			line.append(", marked as recurrence");
		}
		return line.toString();
	}

	static String surgery(SurgeryEvidence surgery) {
		StringBuilder line = new StringBuilder(coded(surgery.code())).append(", ")
			.append(where(surgery.source(), surgery.reference()));
		surgery.performed().ifPresent(date -> line.append(", performed ").append(date.text()));
		return line.toString();
	}

	private static String where(EvidenceSource source, String reference) {
		return source == EvidenceSource.ORDER_REASON ? "reason given on this order" : reference;
	}

	static String order(OrderedStudy ordered) {
		return ordered.category().label() + " (" + codeOnly(ordered.matchedCode()) + "), " + ordered.reference();
	}

	static String coded(Coding coding) {
		String display = coding.hasDisplay() ? coding.getDisplay() : coding.getCode();
		return display + " (" + codeOnly(coding) + ")";
	}

	private static String codeOnly(Coding coding) {
		return CodeSystems.shortName(coding.getSystem()) + " " + coding.getCode();
	}

}

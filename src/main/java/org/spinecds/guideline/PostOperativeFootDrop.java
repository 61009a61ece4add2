package org.spinecds.guideline;

import org.spinecds.guideline.evidence.SurgeryEvidence;
import org.spinecds.guideline.evidence.FootDropEvidence;
import java.util.List;
import java.util.OptionalLong;

/**
 * ACR variant 5 applies: new or progressing foot drop after prior lumbar surgery.
 * {@code footDrop} and {@code surgery} are the findings the card cites first;
 * {@code daysFromSurgeryToOnset} is empty when the onset or the surgery is not recorded
 * to the day.
 */
public record PostOperativeFootDrop(FootDropEvidence footDrop, SurgeryEvidence surgery,
		List<FootDropEvidence> allFootDrop, List<SurgeryEvidence> allSurgery, Urgency urgency,
		OptionalLong daysFromSurgeryToOnset) {

	public PostOperativeFootDrop {
		allFootDrop = List.copyOf(allFootDrop);
		allSurgery = List.copyOf(allSurgery);
	}

	public boolean hardwareOnRecord() {
		return allSurgery.stream().anyMatch(SurgeryEvidence::hardware);
	}
}

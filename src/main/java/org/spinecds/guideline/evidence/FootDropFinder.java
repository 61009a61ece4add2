package org.spinecds.guideline.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.terminology.ValueSetUrls;
import org.spinecds.terminology.ValueSets;

/**
 * Finds foot drop: a current (active, recurrence, relapse), not refuted, not
 * entered-in-error Condition with a foot-drop code, or a foot-drop code among the order's
 * own reasons.
 */
public final class FootDropFinder {

	private final ValueSets valueSets;

	public FootDropFinder(ValueSets valueSets) {
		this.valueSets = valueSets;
	}

	public List<FootDropEvidence> find(List<Condition> conditions, ServiceRequest order) {
		List<FootDropEvidence> found = new ArrayList<>();
		for (Condition condition : conditions) {
			if (!ConditionStatus.isCurrentFact(condition)) {
				continue;
			}
			valueSets.firstMatch(ValueSetUrls.FOOT_DROP, condition.getCode())
				.ifPresent(code -> found.add(new FootDropEvidence(EvidenceSource.CONDITION,
						"Condition/" + condition.getIdElement().getIdPart(), code, onsetOf(condition),
						DateSpan.of(condition.getRecordedDateElement()), ConditionStatus.isRecurrence(condition))));
		}
		valueSets.firstMatch(ValueSetUrls.FOOT_DROP, order.getReasonCode())
			.ifPresent(code -> found.add(new FootDropEvidence(EvidenceSource.ORDER_REASON,
					"ServiceRequest/" + order.getIdElement().getIdPart(), code, Optional.empty(), Optional.empty(),
					false)));
		return found;
	}

	private static Optional<DateSpan> onsetOf(Condition condition) {
		if (condition.hasOnsetDateTimeType()) {
			return DateSpan.of(condition.getOnsetDateTimeType());
		}
		if (condition.hasOnsetPeriod()) {
			return DateSpan.of(condition.getOnsetPeriod());
		}
		return Optional.empty();
	}

}

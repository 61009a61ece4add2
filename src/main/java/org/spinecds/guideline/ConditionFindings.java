package org.spinecds.guideline;

import org.spinecds.guideline.evidence.EvidenceCodes;
import org.spinecds.guideline.evidence.ConditionStatus;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Condition;
import org.spinecds.terminology.ValueSets;

/**
 * Safety findings from the patient's current Conditions coded in a value set, each citing
 * its Condition.
 */
final class ConditionFindings {

	private ConditionFindings() {
	}

	static List<SafetyFinding> current(ValueSets valueSets, List<Condition> conditions, String valueSetUrl,
			SafetyConcern concern, String brief) {
		List<SafetyFinding> found = new ArrayList<>();
		for (Condition condition : conditions) {
			if (ConditionStatus.isCurrentFact(condition)) {
				valueSets.firstMatch(valueSetUrl, condition.getCode())
					.ifPresent(code -> found.add(new SafetyFinding(concern, brief,
							EvidenceCodes.text(code, "Condition/" + condition.getIdElement().getIdPart()))));
			}
		}
		return found;
	}

}

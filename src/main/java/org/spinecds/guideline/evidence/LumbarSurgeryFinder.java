package org.spinecds.guideline.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.terminology.ValueSetUrls;
import org.spinecds.terminology.ValueSets;

/**
 * Finds prior lumbar spine surgery: a completed Procedure with a lumbar surgery code, or
 * a Condition or order reason that implies it (post-laminectomy syndrome, history of
 * lumbar laminectomy).
 */
public final class LumbarSurgeryFinder {

	private final ValueSets valueSets;

	public LumbarSurgeryFinder(ValueSets valueSets) {
		this.valueSets = valueSets;
	}

	public List<SurgeryEvidence> find(List<Procedure> procedures, List<Condition> conditions, ServiceRequest order) {
		List<SurgeryEvidence> found = new ArrayList<>();
		for (Procedure procedure : procedures) {
			if (procedure.getStatus() != Procedure.ProcedureStatus.COMPLETED) {
				continue;
			}
			valueSets.firstMatch(ValueSetUrls.LUMBAR_SPINE_SURGERY, procedure.getCode())
				.ifPresent(code -> found.add(new SurgeryEvidence(EvidenceSource.PROCEDURE,
						"Procedure/" + procedure.getIdElement().getIdPart(), code, Procedures.performed(procedure),
						leavesHardware(procedure.getCode()))));
		}
		for (Condition condition : conditions) {
			if (ConditionStatus.isRefutedOrEnteredInError(condition)) {
				continue;
			}
			valueSets.firstMatch(ValueSetUrls.POST_LUMBAR_SURGERY_CONDITION, condition.getCode())
				.ifPresent(code -> found.add(new SurgeryEvidence(EvidenceSource.CONDITION,
						"Condition/" + condition.getIdElement().getIdPart(), code, Optional.empty(), false)));
		}
		valueSets.firstMatch(ValueSetUrls.POST_LUMBAR_SURGERY_CONDITION, order.getReasonCode())
			.ifPresent(code -> found.add(new SurgeryEvidence(EvidenceSource.ORDER_REASON,
					"ServiceRequest/" + order.getIdElement().getIdPart(), code, Optional.empty(), false)));
		return found;
	}

	private boolean leavesHardware(CodeableConcept code) {
		return valueSets.firstMatch(ValueSetUrls.LUMBAR_FUSION_HARDWARE, code).isPresent();
	}

}

package org.spinecds.cards;

import org.spinecds.guideline.evidence.SurgeryEvidence;
import org.spinecds.guideline.evidence.FootDropEvidence;
import org.spinecds.guideline.evidence.EvidenceSource;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.guideline.Assessment;
import org.spinecds.guideline.StudyOption;
import org.spinecds.guideline.Urgency;

/**
 * Builds the order a suggestion proposes: the offered study, with the evidence as reasons
 * and its own rating.
 */
final class SuggestedOrder {

	private static final String PROTOCOL = "Protocol: ";

	private final OrderableStudies studies;

	SuggestedOrder(OrderableStudies studies) {
		this.studies = studies;
	}

	/** The draft order itself, same id and fields, changed to the offered study. */
	ServiceRequest replacing(Assessment assessment, StudyOption option, String consultId) {
		ServiceRequest order = assessment.ordered().order().copy();
		// Drop empty reasons (the sandbox sends {"coding": [{}]}); keep coded and
		// free-text ones.
		order.getReasonCode()
			.removeIf(reason -> !reason.hasText() && reason.getCoding().stream().noneMatch(Coding::hasCode));
		order.getNote().removeIf(note -> note.getText() != null && note.getText().startsWith(PROTOCOL));
		return offer(order, assessment, option, consultId);
	}

	/**
	 * A second order beside the draft one (radiographs stay: they show hardware and
	 * alignment).
	 */
	ServiceRequest besides(Assessment assessment, StudyOption option, String consultId) {
		ServiceRequest draft = assessment.ordered().order();
		ServiceRequest order = new ServiceRequest().setStatus(ServiceRequest.ServiceRequestStatus.DRAFT)
			.setIntent(draft.hasIntent() ? draft.getIntent() : ServiceRequest.ServiceRequestIntent.ORDER)
			.setSubject(draft.getSubject().copy())
			.setEncounter(draft.getEncounter().copy())
			.setRequester(draft.getRequester().copy());
		order.setCategory(draft.getCategory().stream().map(CodeableConcept::copy).toList());
		return offer(order, assessment, option, consultId);
	}

	static String priorityOf(Assessment assessment) {
		return assessment.findings().urgency() == Urgency.EMERGENT ? "stat" : "urgent";
	}

	private ServiceRequest offer(ServiceRequest order, Assessment assessment, StudyOption option, String consultId) {
		order.setCode(studies.code(option.study()));
		order.setPriority(ServiceRequest.ServiceRequestPriority.fromCode(priorityOf(assessment)));
		for (FootDropEvidence footDrop : assessment.findings().allFootDrop()) {
			addReason(order, footDrop.code(), footDrop.source(), footDrop.reference());
		}
		for (SurgeryEvidence surgery : assessment.findings().allSurgery()) {
			if (surgery.source() == EvidenceSource.PROCEDURE) {
				addReference(order.getSupportingInfo(), surgery.reference());
			}
			else {
				addReason(order, surgery.code(), surgery.source(), surgery.reference());
			}
		}
		order.addNote().setText(PROTOCOL + studies.protocol(option.study()));
		PamaRating.apply(order, option.rating(), consultId);
		return order;
	}

	private static void addReason(ServiceRequest order, Coding code, EvidenceSource source, String reference) {
		boolean known = order.getReasonCode()
			.stream()
			.flatMap(reason -> reason.getCoding().stream())
			.anyMatch(coding -> coding.hasCode() && coding.getCode().equals(code.getCode())
					&& String.valueOf(coding.getSystem()).equals(String.valueOf(code.getSystem())));
		if (!known) {
			order.addReasonCode(new CodeableConcept().addCoding(code.copy()));
		}
		if (source == EvidenceSource.CONDITION) {
			addReference(order.getReasonReference(), reference);
		}
	}

	private static void addReference(List<Reference> references, String reference) {
		if (references.stream().noneMatch(existing -> reference.equals(existing.getReference()))) {
			references.add(new Reference(reference));
		}
	}

}

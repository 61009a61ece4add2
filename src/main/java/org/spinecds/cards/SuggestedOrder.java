package org.spinecds.cards;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.guideline.Assessment;
import org.spinecds.guideline.EvidenceSource;
import org.spinecds.guideline.FootDropEvidence;
import org.spinecds.guideline.SurgeryEvidence;
import org.spinecds.guideline.Urgency;

/** Builds the MRI lumbar spine without and with IV contrast order a card suggests. */
final class SuggestedOrder {

	private final RecommendedStudy study;

	SuggestedOrder(RecommendedStudy study) {
		this.study = study;
	}

	/** The draft order itself, same id and fields, changed to the recommended study. */
	ServiceRequest replacing(Assessment assessment, String consultId) {
		ServiceRequest order = assessment.ordered().order().copy();
		order.getReasonCode().removeIf(reason -> reason.getCoding().stream().noneMatch(Coding::hasCode));
		return recommend(order, assessment, consultId);
	}

	/** A second order beside the draft one (radiographs stay: they show hardware and alignment). */
	ServiceRequest besides(Assessment assessment, String consultId) {
		ServiceRequest draft = assessment.ordered().order();
		ServiceRequest order = new ServiceRequest()
				.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT)
				.setIntent(draft.hasIntent() ? draft.getIntent() : ServiceRequest.ServiceRequestIntent.ORDER)
				.setSubject(draft.getSubject().copy())
				.setEncounter(draft.getEncounter().copy())
				.setRequester(draft.getRequester().copy());
		order.setCategory(draft.getCategory().stream().map(CodeableConcept::copy).toList());
		return recommend(order, assessment, consultId);
	}

	private ServiceRequest recommend(ServiceRequest order, Assessment assessment, String consultId) {
		order.setCode(study.code());
		order.setPriority(assessment.findings().urgency() == Urgency.EMERGENT
				? ServiceRequest.ServiceRequestPriority.STAT
				: ServiceRequest.ServiceRequestPriority.URGENT);
		for (FootDropEvidence footDrop : assessment.findings().allFootDrop()) {
			addReason(order, footDrop.code(), footDrop.source(), footDrop.reference());
		}
		for (SurgeryEvidence surgery : assessment.findings().allSurgery()) {
			if (surgery.source() == EvidenceSource.PROCEDURE) {
				addReference(order.getSupportingInfo(), surgery.reference());
			} else {
				addReason(order, surgery.code(), surgery.source(), surgery.reference());
			}
		}
		order.addNote().setText("Protocol: " + study.protocol());
		PamaRating.apply(order, assessment.recommendedStudyRating(), consultId);
		return order;
	}

	private static void addReason(ServiceRequest order, Coding code, EvidenceSource source, String reference) {
		boolean known = order.getReasonCode().stream()
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

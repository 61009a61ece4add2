package org.spinecds.cards;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.guideline.GuidelineOutcome;
import org.spinecds.guideline.StudyOption;
import org.spinecds.guideline.VariantMatch;
import org.spinecds.guideline.evidence.EvidenceSource;
import org.spinecds.guideline.evidence.Finding;

/**
 * Builds the order a suggestion proposes: the offered study, with the primary variant's
 * findings as reasons (Conditions and the order's reasons as reasonCode, Procedures and
 * medications as supportingInfo) and its own rating.
 */
final class SuggestedOrder {

	private static final String PROTOCOL = "Protocol: ";

	private final OrderableStudies studies;

	SuggestedOrder(OrderableStudies studies) {
		this.studies = studies;
	}

	/** The draft order itself, same id and fields, changed to the offered study. */
	ServiceRequest replacing(GuidelineOutcome outcome, StudyOption option, String consultId) {
		ServiceRequest order = cleanCopy(outcome.ordered().order());
		order.getNote().removeIf(note -> note.getText() != null && note.getText().startsWith(PROTOCOL));
		return offer(order, outcome, option, consultId);
	}

	/**
	 * A second order beside the draft one (radiographs stay: they show hardware and
	 * alignment).
	 */
	ServiceRequest besides(GuidelineOutcome outcome, StudyOption option, String consultId) {
		ServiceRequest draft = outcome.ordered().order();
		ServiceRequest order = new ServiceRequest().setStatus(ServiceRequest.ServiceRequestStatus.DRAFT)
			.setIntent(draft.hasIntent() ? draft.getIntent() : ServiceRequest.ServiceRequestIntent.ORDER)
			.setSubject(draft.getSubject().copy())
			.setEncounter(draft.getEncounter().copy())
			.setRequester(draft.getRequester().copy());
		order.setCategory(draft.getCategory().stream().map(CodeableConcept::copy).toList());
		return offer(order, outcome, option, consultId);
	}

	/**
	 * The draft order as it is but for its priority, STAT: the right study for an
	 * emergency, ordered without it.
	 */
	static ServiceRequest stat(GuidelineOutcome outcome, String consultId) {
		ServiceRequest order = cleanCopy(outcome.ordered().order());
		order.setPriority(ServiceRequest.ServiceRequestPriority.STAT);
		outcome.rating().ifPresent(rating -> PamaRating.apply(order, rating, consultId, outcome.narrativeUrl()));
		return order;
	}

	/** The draft order with one more reason, for the next order-select to rate. */
	static ServiceRequest withReason(GuidelineOutcome outcome, Coding reason) {
		ServiceRequest order = cleanCopy(outcome.ordered().order());
		addReason(order, reason, Optional.empty());
		return order;
	}

	/**
	 * "stat" for an emergency, "urgent" where the variant says so (new deficit after
	 * surgery), else the draft order's own priority stays.
	 */
	static Optional<String> priorityOf(GuidelineOutcome outcome) {
		Optional<VariantMatch> primary = outcome.primaryMatch();
		if (primary.map(VariantMatch::emergency).orElse(false)) {
			return Optional.of("stat");
		}
		return primary.filter(match -> "URGENT".equals(match.details().get("urgency"))).map(match -> "urgent");
	}

	private static ServiceRequest cleanCopy(ServiceRequest draft) {
		ServiceRequest order = draft.copy();
		// Drop empty reasons (the sandbox sends {"coding": [{}]}); keep coded and
		// free-text ones.
		order.getReasonCode()
			.removeIf(reason -> !reason.hasText() && reason.getCoding().stream().noneMatch(Coding::hasCode));
		return order;
	}

	private ServiceRequest offer(ServiceRequest order, GuidelineOutcome outcome, StudyOption option, String consultId) {
		order.setCode(studies.code(option.study()));
		priorityOf(outcome)
			.ifPresent(priority -> order.setPriority(ServiceRequest.ServiceRequestPriority.fromCode(priority)));
		List<Finding> findings = outcome.primaryMatch().map(VariantMatch::findings).orElse(List.of());
		for (Finding finding : findings) {
			if (finding.coding().isEmpty()) {
				continue;
			}
			if (finding.source() == EvidenceSource.PROCEDURE || finding.source() == EvidenceSource.MEDICATION) {
				finding.reference().ifPresent(reference -> addReference(order.getSupportingInfo(), reference));
			}
			else {
				addReason(order, finding.coding().get(),
						finding.source() == EvidenceSource.CONDITION ? finding.reference() : Optional.empty());
			}
		}
		order.addNote().setText(PROTOCOL + studies.protocol(option.study()));
		PamaRating.apply(order, option.rating(), consultId, outcome.narrativeUrl());
		return order;
	}

	private static void addReason(ServiceRequest order, Coding code, Optional<String> reference) {
		boolean known = order.getReasonCode()
			.stream()
			.flatMap(reason -> reason.getCoding().stream())
			.anyMatch(coding -> coding.hasCode() && coding.getCode().equals(code.getCode())
					&& String.valueOf(coding.getSystem()).equals(String.valueOf(code.getSystem())));
		if (!known) {
			order.addReasonCode(new CodeableConcept().addCoding(code.copy()));
		}
		reference.ifPresent(value -> addReference(order.getReasonReference(), value));
	}

	private static void addReference(List<Reference> references, String reference) {
		if (references.stream().noneMatch(existing -> reference.equals(existing.getReference()))) {
			references.add(new Reference(reference));
		}
	}

}

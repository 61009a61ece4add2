package org.spinecds.cards;

import org.spinecds.guideline.evidence.SurgeryEvidence;
import org.spinecds.guideline.evidence.FootDropEvidence;
import static org.spinecds.guideline.Fhir.CPT;
import static org.spinecds.guideline.Fhir.LOINC;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.guideline.GuidelineOutcome;
import org.spinecds.guideline.VariantMatch;
import org.spinecds.guideline.acr.lbp.LbpFixtures;
import org.spinecds.guideline.evidence.Finding;
import org.spinecds.guideline.evidence.Findings;
import java.util.HashMap;
import org.spinecds.guideline.Evidence;
import org.spinecds.guideline.Fhir;
import org.spinecds.guideline.OrderedStudy;
import org.spinecds.guideline.Recommendation;
import org.spinecds.guideline.SafetyConcern;
import org.spinecds.guideline.SafetyFinding;
import org.spinecds.guideline.SafetyReview;
import org.spinecds.guideline.StudyCategory;
import org.spinecds.guideline.Urgency;

/**
 * An assessment as the guideline would hand it to the cards, by default: draft order
 * {@code ServiceRequest/sr-1} for MRI lumbar spine without contrast (CPT 72148), foot
 * drop {@code Condition/fd} with onset 2026-11-10, 7 days after lumbar fusion
 * {@code Procedure/fusion} (CPT 22612, 2026-11-03, hardware): EMERGENT. The safety review
 * holds the spinal hardware note of every surgery with hardware, plus the findings given;
 * options and recommendation are the guideline's for that review (no contraindication:
 * replace with MRI without and with IV contrast).
 */
final class OutcomeBuilder {

	/**
	 * An orderable code for every study category (the first CPT, else LOINC, of its value
	 * set).
	 */
	static final Map<StudyCategory, Coding> CODES = Map.ofEntries(
			Map.entry(StudyCategory.RADIOGRAPHY, new Coding(CPT, "72100", "X-ray lumbosacral spine 2-3 views")),
			Map.entry(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST, new Coding(CPT, "72158", "MRI lumbar w/o and w")),
			Map.entry(StudyCategory.MRI_WITHOUT_CONTRAST, new Coding(CPT, "72148", "MRI lumbar w/o")),
			Map.entry(StudyCategory.MRI_WITH_CONTRAST, new Coding(CPT, "72149", "MRI lumbar w")),
			Map.entry(StudyCategory.MRI_CONTRAST_UNSPECIFIED, new Coding(LOINC, "24968-0", "MR Lumbar spine")),
			Map.entry(StudyCategory.CT_WITHOUT_CONTRAST, new Coding(CPT, "72131", "CT lumbar w/o")),
			Map.entry(StudyCategory.CT_WITH_CONTRAST, new Coding(CPT, "72132", "CT lumbar w")),
			Map.entry(StudyCategory.CT_WITHOUT_AND_WITH_CONTRAST, new Coding(CPT, "72133", "CT lumbar w/o and w")),
			Map.entry(StudyCategory.CT_CONTRAST_UNSPECIFIED, new Coding(LOINC, "24963-1", "CT Lumbar spine")),
			Map.entry(StudyCategory.CT_MYELOGRAPHY, new Coding(LOINC, "24965-6", "CT Lumbar spine W contrast IT")),
			Map.entry(StudyCategory.MYELOGRAPHY, new Coding(CPT, "62304", "Myelography lumbosacral")),
			Map.entry(StudyCategory.DISCOGRAPHY, new Coding(LOINC, "37193-0", "RF intradisc (discography)")),
			Map.entry(StudyCategory.BONE_SCAN, new Coding(CPT, "78306", "Whole-body bone imaging")));

	private ServiceRequest order;

	private StudyCategory category = StudyCategory.MRI_WITHOUT_CONTRAST;

	private Recommendation recommendation;

	private List<FootDropEvidence> footDrops = List
		.of(Evidence.footDrop().reference("Condition/fd").onset("2026-11-10").build());

	private List<SurgeryEvidence> surgeries = List.of(Evidence.surgery()
		.reference("Procedure/fusion")
		.code(CPT, "22612", "Arthrodesis, posterior or posterolateral technique, single interspace; lumbar")
		.performed("2026-11-03")
		.hardware()
		.build());

	private Urgency urgency = Urgency.EMERGENT;

	private OptionalLong days = OptionalLong.of(7);

	private final List<SafetyFinding> safety = new ArrayList<>();

	static OutcomeBuilder outcome() {
		return new OutcomeBuilder();
	}

	/**
	 * The draft order as the EHR sent it: subject, requester, authoredOn and encounter
	 * set.
	 */
	static Fhir.OrderBuilder draftOrder(StudyCategory category) {
		Coding code = CODES.get(category);
		return Fhir.order(code.getSystem(), code.getCode())
			.requester("Practitioner/dr-1")
			.encounter("Encounter/enc-1")
			.authoredOn("2026-11-20");
	}

	OutcomeBuilder category(StudyCategory category) {
		this.category = category;
		return this;
	}

	OutcomeBuilder order(ServiceRequest order) {
		this.order = order;
		return this;
	}

	OutcomeBuilder recommendation(Recommendation recommendation) {
		this.recommendation = recommendation;
		return this;
	}

	OutcomeBuilder emergent(long days) {
		this.urgency = Urgency.EMERGENT;
		this.days = OptionalLong.of(days);
		return this;
	}

	OutcomeBuilder emergentWithoutDayCount() {
		this.urgency = Urgency.EMERGENT;
		this.days = OptionalLong.empty();
		return this;
	}

	OutcomeBuilder urgent() {
		this.urgency = Urgency.URGENT;
		this.days = OptionalLong.empty();
		return this;
	}

	OutcomeBuilder urgent(long days) {
		this.urgency = Urgency.URGENT;
		this.days = OptionalLong.of(days);
		return this;
	}

	OutcomeBuilder footDrops(FootDropEvidence... footDrops) {
		this.footDrops = List.of(footDrops);
		return this;
	}

	OutcomeBuilder surgeries(SurgeryEvidence... surgeries) {
		this.surgeries = List.of(surgeries);
		return this;
	}

	/** Safety findings as {@link Evidence#safety} words them. */
	OutcomeBuilder safety(SafetyConcern... concerns) {
		for (SafetyConcern concern : concerns) {
			safety.add(Evidence.safety(concern));
		}
		return this;
	}

	OutcomeBuilder safety(SafetyFinding... findings) {
		safety.addAll(List.of(findings));
		return this;
	}

	GuidelineOutcome build() {
		ServiceRequest ordered = order != null ? order : draftOrder(category).build();
		Coding matched = ordered.getCode()
			.getCoding()
			.stream()
			.filter(coding -> coding.hasCode())
			.findFirst()
			.orElse(CODES.get(category));
		List<Finding> findings = new ArrayList<>();
		footDrops.forEach(footDrop -> findings.add(Findings.of(footDrop)));
		surgeries.forEach(surgery -> findings.add(Findings.of(surgery)));
		Map<String, String> details = new HashMap<>();
		details.put("urgency", urgency.name());
		days.ifPresent(count -> details.put("daysFromSurgeryToOnset", "" + count));
		if (days.isPresent()) {
			details.put("onsetAfterSurgery",
					(days.getAsLong() == 1 ? "1 day" : days.getAsLong() + " days") + " after lumbar surgery");
		}
		else if (urgency == Urgency.EMERGENT) {
			details.put("onsetAfterSurgery", "within 30 days of lumbar surgery");
		}
		VariantMatch match = new VariantMatch("V5", LbpFixtures.TABLE.variant("V5"), "acr-low-back-pain/v5-foot-drop",
				findings, urgency == Urgency.EMERGENT, details);
		List<SafetyFinding> all = new ArrayList<>(safety);
		surgeries.stream().filter(SurgeryEvidence::hardware).map(Evidence::hardwareNote).forEach(all::add);
		SafetyReview review = Evidence.review(all);
		GuidelineOutcome outcome = LbpFixtures.GUIDELINE.rate(new OrderedStudy(ordered, category, matched),
				List.of(match), () -> review);
		return recommendation != null ? outcome.withRecommendation(recommendation) : outcome;
	}

}

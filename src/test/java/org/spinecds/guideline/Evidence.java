package org.spinecds.guideline;

import org.spinecds.guideline.evidence.SurgeryEvidence;
import org.spinecds.guideline.evidence.FootDropEvidence;
import org.spinecds.guideline.evidence.EvidenceCodes;
import org.spinecds.guideline.evidence.EvidenceSource;
import org.spinecds.guideline.evidence.DateSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;

/**
 * Builders for the findings the rule and the cards work on, without going through the
 * finders: {@code footDrop().onset("2026-11-10").build()},
 * {@code surgery().performed("2026-11-03").hardware().build()},
 * {@code safety(SafetyConcern.KIDNEY_FUNCTION)}; and the guideline's own choice of
 * options for a safety review.
 */
public final class Evidence {

	private Evidence() {
	}

	/** A foot drop Condition "Condition/fd-1", SNOMED 6077001, no dates. */
	public static FootDropBuilder footDrop() {
		return new FootDropBuilder();
	}

	/**
	 * A completed lumbar discectomy "Procedure/proc-1", CPT 63030, undated, no hardware.
	 */
	public static SurgeryBuilder surgery() {
		return new SurgeryBuilder();
	}

	public static DateSpan span(String date) {
		return DateSpan.of(Fhir.date(date)).orElseThrow();
	}

	/**
	 * A safety finding worded as the checks word it: eGFR 25 from Observation/egfr, a
	 * gadolinium allergy, a pregnancy Condition, an MR Unsafe device, an MR Conditional
	 * device, no eGFR on record, a spinal cage, a peroneal neuropathy, and allergies not
	 * obtained.
	 */
	public static SafetyFinding safety(SafetyConcern concern) {
		return switch (concern) {
			case KIDNEY_FUNCTION -> egfrBelow30("25");
			case CONTRAST_ALLERGY -> new SafetyFinding(concern, "contrast allergy", "Allergy: Gadolinium (1310171)");
			case PREGNANCY -> new SafetyFinding(concern, "pregnant", "Pregnancy (finding) (77386006)");
			case MRI_UNSAFE_IMPLANT ->
				new SafetyFinding(concern, "MR-unsafe implant", "MR Unsafe device: Spinal cord stimulator");
			case MR_CONDITIONAL_IMPLANT ->
				new SafetyFinding(concern, "MR-conditional implant", "MR Conditional device: Hip prosthesis");
			case NO_RECENT_EGFR -> new SafetyFinding(concern, "no recent eGFR", "No eGFR on record");
			case SPINAL_HARDWARE -> new SafetyFinding(concern, "spinal hardware", "Spinal implant: Spinal cage");
			case PERONEAL_NEUROPATHY -> new SafetyFinding(concern, "peroneal neuropathy",
					"Lesion of lateral popliteal nerve, left lower limb (G57.32)");
			case DATA_NOT_CHECKED -> new SafetyFinding(concern, "not checked",
					"Could not be checked (the data was not available): allergies");
		};
	}

	/**
	 * A low eGFR as the kidney check words it: "eGFR 25" from Observation/egfr of
	 * 2026-11-01.
	 */
	public static SafetyFinding egfrBelow30(String value) {
		return new SafetyFinding(SafetyConcern.KIDNEY_FUNCTION, "eGFR " + value,
				"eGFR " + value + " mL/min/1.73m2 on 2026-11-01");
	}

	/**
	 * The spinal hardware note the safety checks add for a prior surgery that left
	 * hardware.
	 */
	public static SafetyFinding hardwareNote(SurgeryEvidence surgery) {
		return new SafetyFinding(SafetyConcern.SPINAL_HARDWARE, "spinal hardware",
				"Fusion: " + EvidenceCodes.text(surgery.code(), surgery.reference()));
	}

	/**
	 * A review of these findings, contraindications first, as the safety checks order
	 * them.
	 */
	public static SafetyReview review(List<SafetyFinding> findings) {
		List<SafetyFinding> sorted = new ArrayList<>(findings);
		sorted.sort(Comparator.comparing(SafetyFinding::concern));
		return new SafetyReview(sorted);
	}

	/**
	 * The studies the guideline offers for this review ({@link StudyOptions#forVariant},
	 * variant 5).
	 */
	public static List<StudyOption> options(SafetyReview safety) {
		return StudyOptions.forVariant(safety, StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST,
				study -> org.spinecds.guideline.acr.lbp.LbpFixtures.rate("V5", study));
	}

	/**
	 * What the guideline asks of the ordered study, given the options
	 * ({@link Recommendation#forOrdered}).
	 */
	public static Recommendation recommendation(StudyCategory ordered, List<StudyOption> options) {
		StudyCategory recommended = options.stream().filter(StudyOption::recommended).findFirst().orElseThrow().study();
		return Recommendation.forOrdered(ordered, recommended);
	}

	public static final class FootDropBuilder {

		private EvidenceSource source = EvidenceSource.CONDITION;

		private String reference = "Condition/fd-1";

		private Coding code = new Coding(Fhir.SNOMED, "6077001", "Foot-drop");

		private Optional<DateSpan> onset = Optional.empty();

		private Optional<DateSpan> recorded = Optional.empty();

		private boolean recurrence;

		public FootDropBuilder reference(String reference) {
			this.reference = reference;
			return this;
		}

		public FootDropBuilder code(String system, String code, String display) {
			this.code = new Coding(system, code, display);
			return this;
		}

		public FootDropBuilder onset(String date) {
			this.onset = Optional.of(span(date));
			return this;
		}

		public FootDropBuilder recorded(String date) {
			this.recorded = Optional.of(span(date));
			return this;
		}

		public FootDropBuilder recurrence() {
			this.recurrence = true;
			return this;
		}

		/** Foot drop given as the order's own reasonCode: no dates. */
		public FootDropBuilder fromOrder(String orderReference) {
			this.source = EvidenceSource.ORDER_REASON;
			this.reference = orderReference;
			return this;
		}

		public FootDropEvidence build() {
			return new FootDropEvidence(source, reference, code, onset, recorded, recurrence);
		}

	}

	public static final class SurgeryBuilder {

		private EvidenceSource source = EvidenceSource.PROCEDURE;

		private String reference = "Procedure/proc-1";

		private Coding code = new Coding(Fhir.CPT, "63030", "Laminotomy, lumbar");

		private Optional<DateSpan> performed = Optional.empty();

		private boolean hardware;

		public SurgeryBuilder reference(String reference) {
			this.reference = reference;
			return this;
		}

		public SurgeryBuilder code(String system, String code, String display) {
			this.code = new Coding(system, code, display);
			return this;
		}

		public SurgeryBuilder performed(String date) {
			this.performed = Optional.of(span(date));
			return this;
		}

		public SurgeryBuilder hardware() {
			this.hardware = true;
			return this;
		}

		/** Surgery implied by a post-laminectomy syndrome Condition: undated. */
		public SurgeryBuilder fromCondition(String conditionReference) {
			this.source = EvidenceSource.CONDITION;
			this.reference = conditionReference;
			this.code = new Coding(Fhir.SNOMED, "202725007", "Lumbar post-laminectomy syndrome");
			this.performed = Optional.empty();
			return this;
		}

		/** Post-laminectomy syndrome given as the order's own reasonCode: undated. */
		public SurgeryBuilder fromOrder(String orderReference) {
			fromCondition(orderReference);
			this.source = EvidenceSource.ORDER_REASON;
			return this;
		}

		public SurgeryEvidence build() {
			return new SurgeryEvidence(source, reference, code, performed, hardware);
		}

	}

}

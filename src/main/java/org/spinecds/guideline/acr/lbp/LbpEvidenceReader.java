package org.spinecds.guideline.acr.lbp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.guideline.PostOperativeFootDrop;
import org.spinecds.guideline.PostOperativeFootDropRule;
import org.spinecds.guideline.evidence.CodedFindings;
import org.spinecds.guideline.evidence.Criterion;
import org.spinecds.guideline.evidence.DateSpan;
import org.spinecds.guideline.evidence.Episode;
import org.spinecds.guideline.evidence.EvidenceSource;
import org.spinecds.guideline.evidence.Finding;
import org.spinecds.guideline.evidence.FootDropEvidence;
import org.spinecds.guideline.evidence.FootDropFinder;
import org.spinecds.guideline.evidence.LumbarSurgeryFinder;
import org.spinecds.guideline.evidence.MedicationUse;
import org.spinecds.guideline.evidence.PatientAge;
import org.spinecds.guideline.evidence.PatientFacts;
import org.spinecds.guideline.evidence.ProcedureFindings;
import org.spinecds.guideline.evidence.SurgeryEvidence;
import org.spinecds.terminology.ValueSetUrls;
import org.spinecds.terminology.ValueSets;

/**
 * Reads the {@link LbpEvidence} for one order from the patient's record and the order's
 * reasonCode. Pure: the date is passed in.
 */
public final class LbpEvidenceReader {

	private static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";

	private static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";

	/**
	 * Immunosuppressant use counts while active or stopped at most this many days ago.
	 */
	static final int RECENT_IMMUNOSUPPRESSANT_DAYS = 90;

	/** Chronic steroid use counts when it reaches into this many days before today. */
	static final int STEROID_LOOKBACK_DAYS = 365;

	private final ValueSets valueSets;

	private final LowBackPainSettings settings;

	private final CodedFindings coded;

	private final ProcedureFindings procedures;

	private final MedicationUse medications;

	private final FootDropFinder footDropFinder;

	private final LumbarSurgeryFinder surgeryFinder;

	private final PostOperativeFootDropRule footDropRule = new PostOperativeFootDropRule();

	public LbpEvidenceReader(ValueSets valueSets, LowBackPainSettings settings) {
		this.valueSets = valueSets;
		this.settings = settings;
		this.coded = new CodedFindings(valueSets);
		this.procedures = new ProcedureFindings(valueSets);
		this.medications = new MedicationUse(valueSets);
		this.footDropFinder = new FootDropFinder(valueSets);
		this.surgeryFinder = new LumbarSurgeryFinder(valueSets);
	}

	public LbpEvidence read(ServiceRequest order, PatientFacts facts, LocalDate today) {
		var conditions = facts.conditions();
		OptionalInt age = PatientAge.of(facts.patient(), today);
		List<Finding> lowBackPain = coded.find(Criterion.LOW_BACK_PAIN, ValueSetUrls.LBP_LOW_BACK_PAIN, conditions,
				order);
		Episode episode = Episode.of(lowBackPain, finding -> in(ValueSetUrls.LBP_CHRONIC_LOW_BACK_PAIN, finding),
				finding -> in(ValueSetUrls.LBP_ACUTE_LOW_BACK_PAIN, finding), settings.chronicDays() + 1,
				settings.newEpisodeGap(), today);

		List<Finding> caudaEquina = new ArrayList<>(
				coded.find(Criterion.CAUDA_EQUINA, ValueSetUrls.LBP_CAUDA_EQUINA_SYNDROME, conditions, order));
		if (!lowBackPain.isEmpty()) {
			caudaEquina
				.addAll(coded.find(Criterion.CAUDA_EQUINA, ValueSetUrls.LBP_CAUDA_EQUINA_SIGNS, conditions, order));
		}
		List<Finding> cancer = coded.find(Criterion.CANCER, ValueSetUrls.LBP_CANCER, conditions, order, true,
				this::excludedCancer);
		List<Finding> weightLoss = coded.find(Criterion.WEIGHT_LOSS, ValueSetUrls.LBP_WEIGHT_LOSS, conditions, order);
		List<Finding> infection = coded.find(Criterion.INFECTION, ValueSetUrls.LBP_INFECTION, conditions, order);
		List<Finding> drugUse = coded.find(Criterion.DRUG_USE, ValueSetUrls.LBP_DRUG_USE, conditions, order);
		List<Finding> immunosuppression = new ArrayList<>(
				coded.find(Criterion.IMMUNOSUPPRESSION, ValueSetUrls.LBP_IMMUNOSUPPRESSION, conditions, order));
		medications
			.longestUse(Criterion.IMMUNOSUPPRESSANT, facts.medications(), ValueSetUrls.LBP_IMMUNOSUPPRESSANT_MEDICATION,
					null, 0, RECENT_IMMUNOSUPPRESSANT_DAYS, today)
			.ifPresent(immunosuppression::add);
		List<Finding> osteoporosis = coded.find(Criterion.OSTEOPOROSIS, ValueSetUrls.LBP_OSTEOPOROSIS, conditions,
				order, true, coding -> false);
		List<Finding> trauma = coded.find(Criterion.LOW_VELOCITY_TRAUMA, ValueSetUrls.LBP_LOW_VELOCITY_TRAUMA,
				conditions, order);
		Optional<Finding> elderly = age.isPresent() && age.getAsInt() > settings.elderlyAge()
				? Optional.of(Finding.derived(Criterion.ELDERLY, EvidenceSource.PATIENT,
						"Age " + age.getAsInt() + " (older than " + settings.elderlyAge() + ")", Optional.empty()))
				: Optional.empty();
		List<Finding> chronicSteroids = medications
			.longestUse(Criterion.CHRONIC_STEROIDS, facts.medications(), ValueSetUrls.LBP_SYSTEMIC_GLUCOCORTICOID,
					ValueSetUrls.LBP_GLUCOCORTICOID_ROUTE_DEPENDENT, settings.chronicSteroidDays(),
					STEROID_LOOKBACK_DAYS, today)
			.stream()
			.toList();

		LocalDate managementFrom = episode.start()
			.map(DateSpan::earliest)
			.orElse(today.minus(settings.newEpisodeGap()));
		List<Finding> management = procedures.find(Criterion.CONSERVATIVE_MANAGEMENT,
				ValueSetUrls.LBP_CONSERVATIVE_MANAGEMENT, facts.procedures(), managementFrom, today, false);

		List<SurgeryEvidence> surgeries = surgeryFinder.find(facts.procedures(), conditions, order)
			.stream()
			.filter(surgery -> surgery.performed().map(date -> !date.earliest().isAfter(today)).orElse(true))
			.toList();
		List<FootDropEvidence> footDrops = footDropFinder.find(conditions, order);
		Optional<PostOperativeFootDrop> footDropAfterSurgery = footDropRule.evaluate(footDrops, surgeries, today);
		List<Finding> newSymptoms = newSince(lowBackPain, surgeries);

		return new LbpEvidence(settings, today, age, lowBackPain, episode, caudaEquina, cancer, weightLoss, infection,
				drugUse, immunosuppression, osteoporosis, trauma, elderly, chronicSteroids, management, surgeries,
				footDropAfterSurgery, newSymptoms, footDrops, facts.medicationsObtained());
	}

	/**
	 * Symptoms new since the most recent dated surgery: the order's own reasons (the
	 * reason for imaging now), and Conditions not entirely dated before that surgery.
	 * With no dated surgery every current symptom counts (as the foot-drop rule does).
	 */
	private static List<Finding> newSince(List<Finding> symptoms, List<SurgeryEvidence> surgeries) {
		if (surgeries.isEmpty()) {
			return List.of();
		}
		Optional<DateSpan> lastSurgery = surgeries.stream()
			.flatMap(surgery -> surgery.performed().stream())
			.max(Comparator.comparing(DateSpan::latest));
		return symptoms.stream()
			.filter(symptom -> symptom.source() == EvidenceSource.ORDER_REASON || lastSurgery.isEmpty()
					|| symptom.date().map(date -> !date.entirelyBefore(lastSurgery.get())).orElse(true))
			.toList();
	}

	private boolean in(String valueSetUrl, Finding finding) {
		return finding.coding()
			.map(code -> valueSets.contains(valueSetUrl, code.getSystem(), code.getCode()))
			.orElse(false);
	}

	private boolean excludedCancer(Coding coding) {
		if (!ICD10CM.equals(coding.getSystem()) && !ICD10.equals(coding.getSystem())) {
			return false;
		}
		String code = coding.getCode().toUpperCase(Locale.ROOT).replace(".", "");
		return settings.excludedCancerCodePrefixes()
			.stream()
			.anyMatch(prefix -> code.startsWith(prefix.toUpperCase(Locale.ROOT).replace(".", "")));
	}

}

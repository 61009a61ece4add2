package org.spinecds.guideline.acr.lbp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.guideline.AcrRating;
import org.spinecds.guideline.Guideline;
import org.spinecds.guideline.GuidelineOutcome;
import org.spinecds.guideline.GuidelineOutcome.IndicationScenario;
import org.spinecds.guideline.GuidelineOutcome.RatedMatch;
import org.spinecds.guideline.Indicator;
import org.spinecds.guideline.OrderedStudy;
import org.spinecds.guideline.OutcomeStatus;
import org.spinecds.guideline.RatingsTable;
import org.spinecds.guideline.Recommendation;
import org.spinecds.guideline.SafetyReview;
import org.spinecds.guideline.SafetyReviewer;
import org.spinecds.guideline.StudyCategory;
import org.spinecds.guideline.StudyOption;
import org.spinecds.guideline.StudyOptions;
import org.spinecds.guideline.Variant;
import org.spinecds.guideline.VariantMatch;
import org.spinecds.guideline.evidence.PatientFacts;
import org.spinecds.terminology.ValueSets;

/**
 * ACR Appropriateness Criteria "Low Back Pain" (2021), all seven variants.
 *
 * <ol>
 * <li>Scope: every lumbar imaging study the classifier recognises; a whole-body study
 * (bone scan) only with low back pain on record. A patient under 18 is another ACR topic:
 * {@link OutcomeStatus#NO_CRITERIA_APPLY}.
 * <li>Every variant that applies is found; the ordered study is rated under each and the
 * best category is the rating (the clinician may act on any red flag present).
 * <li>The primary variant, first in V4 &gt; V7 &gt; V5 &gt; V6 &gt; V3 &gt; V2 &gt; V1
 * (lbp-topic.md 4.4), decides the wording, urgency and suggestion.
 * <li>No variant applies (no low back pain coded, or the deciding fact such as the
 * duration missing): {@link OutcomeStatus#INDICATION_NEEDED}, with the scenarios that
 * could apply and a verified reason code for each.
 * <li>Indicator: critical for an emergency (suspected cauda equina, foot drop within 30
 * days of surgery), warning when the rating is usually not appropriate, info when it is
 * may be appropriate or acceptable but the variant names another study first; none when
 * the ordered study is usually appropriate and nothing is named before it.
 * </ol>
 */
public final class LowBackPainGuideline implements Guideline {

	public static final String ID = "acr-low-back-pain";

	public static final List<String> VARIANTS = List.of("V1", "V2", "V3", "V4", "V5", "V6", "V7");

	/**
	 * Every card template the topic's outcomes name: one per variant, the foot-drop
	 * flagship of variant 5, and "indication-needed".
	 */
	public static final List<String> CARD_TEMPLATES = List.of(ID + "/v1", ID + "/v2", ID + "/v3", ID + "/v4",
			ID + "/v5", ID + "/v5-foot-drop", ID + "/v6", ID + "/v7", ID + "/indication-needed");

	private final RatingsTable table;

	private final LbpEvidenceReader reader;

	/** In precedence order: the first that applies is the primary variant. */
	private final List<Variant<LbpEvidence>> variants;

	private final LowBackPainSettings settings;

	public LowBackPainGuideline(ValueSets valueSets, RatingsTable table, LowBackPainSettings settings) {
		this.table = table;
		this.settings = settings;
		this.reader = new LbpEvidenceReader(valueSets, settings);
		this.variants = List.of(new SuspectedCaudaEquina(table), new CancerInfectionOrImmunosuppression(table),
				new NewSymptomsAfterLumbarSurgery(table), new FractureRisk(table),
				new ManagedPainSurgeryCandidate(table), new SubacuteOrChronicUncomplicatedPain(table),
				new AcuteUncomplicatedPain(table));
	}

	@Override
	public String id() {
		return ID;
	}

	public RatingsTable table() {
		return table;
	}

	public LowBackPainSettings settings() {
		return settings;
	}

	/** The variants in precedence order (primary first). */
	public List<Variant<LbpEvidence>> variants() {
		return variants;
	}

	@Override
	public Set<PatientFacts.Need> dataNeeds() {
		Set<PatientFacts.Need> needs = EnumSet.of(PatientFacts.Need.PATIENT);
		variants.forEach(variant -> needs.addAll(variant.dataNeeds()));
		return needs;
	}

	@Override
	public boolean covers(OrderedStudy ordered) {
		return true;
	}

	@Override
	public GuidelineOutcome evaluate(OrderedStudy ordered, PatientFacts facts, SafetyReviewer safety, LocalDate today) {
		LbpEvidence evidence = reader.read(ordered.order(), facts, today);
		if (!ordered.category().lumbarSpecific() && !evidence.hasLowBackPain()) {
			return GuidelineOutcome.notInScope(ID, table.title(), table.narrativeUrl(), ordered);
		}
		if (evidence.age().isPresent() && evidence.age().getAsInt() < LowBackPainSettings.ADULT_AGE) {
			return outcome(ordered, OutcomeStatus.NO_CRITERIA_APPLY, Optional.empty(), List.of(), List.of(),
					Optional.empty(), none(), Indicator.NONE, Recommendation.KEEP, List.of());
		}
		List<VariantMatch> found = new ArrayList<>();
		for (Variant<LbpEvidence> variant : variants) {
			variant.match(evidence).ifPresent(found::add);
		}
		if (found.isEmpty()) {
			return outcome(ordered, OutcomeStatus.INDICATION_NEEDED, Optional.empty(), List.of(), List.of(),
					Optional.empty(), none(), Indicator.INFO, Recommendation.KEEP, scenarios(evidence));
		}
		return rate(ordered, found, () -> safety.review(evidence.surgeries()));
	}

	/**
	 * The rated outcome for the variants that apply ({@code found}, primary first): the
	 * best category, the primary variant's suggestion weighed against the safety review
	 * (asked for only when a study is to be suggested), the recommendation and indicator.
	 */
	public GuidelineOutcome rate(OrderedStudy ordered, List<VariantMatch> found,
			java.util.function.Supplier<SafetyReview> safety) {
		Optional<String> procedure = LbpProcedures.of(ordered.category());
		List<RatedMatch> matches = found.stream()
			.map(match -> new RatedMatch(match, procedure.map(id -> match.ratings().rate(id))))
			.toList();
		Optional<AcrRating> rating = matches.stream()
			.flatMap(match -> match.orderedRating().stream())
			.min(AcrRating::compareTo);
		RatedMatch primary = matches.get(0);
		VariantMatch deciding = primary.match();

		List<StudyOption> options = List.of();
		SafetyReview review = none();
		Optional<StudyCategory> suggested = deciding.ratings().suggested().flatMap(LbpProcedures::category);
		if (suggested.isPresent()) {
			review = safety.get();
			options = StudyOptions.forVariant(review, suggested.get(),
					study -> deciding.ratings().rate(LbpProcedures.of(study).orElseThrow()));
		}
		Optional<StudyCategory> firstChoice = deciding.ratings().firstChoice().flatMap(LbpProcedures::category);
		Recommendation recommendation = recommendation(ordered, rating, deciding, options);
		if (recommendation == Recommendation.KEEP && deciding.emergency() && !stat(ordered)
				&& usuallyAppropriate(rating)) {
			recommendation = Recommendation.RAISE_PRIORITY;
		}
		Indicator indicator = indicator(ordered, rating, deciding, firstChoice, recommendation, review);
		if (indicator == Indicator.NONE) {
			recommendation = Recommendation.KEEP;
		}
		return outcome(ordered, OutcomeStatus.RATED, rating, matches, options, firstChoice, review, indicator,
				recommendation, List.of());
	}

	private static Recommendation recommendation(OrderedStudy ordered, Optional<AcrRating> rating,
			VariantMatch deciding, List<StudyOption> options) {
		Optional<StudyOption> recommended = options.stream().filter(StudyOption::recommended).findFirst();
		if (recommended.isEmpty()) {
			boolean noImaging = deciding.ratings().suggested().isEmpty();
			return noImaging && rating.map(r -> r == AcrRating.USUALLY_NOT_APPROPRIATE).orElse(false)
					? Recommendation.REMOVE_ORDER : Recommendation.KEEP;
		}
		StudyCategory study = recommended.get().study();
		if (study == ordered.category()) {
			return Recommendation.KEEP;
		}
		// Radiographs after surgery stay (hardware, alignment): the MRI is added beside
		// them.
		boolean afterSurgery = deciding.variantId().equals("V5");
		return afterSurgery ? Recommendation.forOrdered(ordered.category(), study) : Recommendation.REPLACE_ORDER;
	}

	private static Indicator indicator(OrderedStudy ordered, Optional<AcrRating> rating, VariantMatch deciding,
			Optional<StudyCategory> firstChoice, Recommendation recommendation, SafetyReview safety) {
		if (recommendation == Recommendation.RAISE_PRIORITY) {
			return Indicator.CRITICAL;
		}
		boolean anotherFirst = firstChoice.isPresent() && firstChoice.get() != ordered.category();
		if (recommendation == Recommendation.KEEP
				|| (usuallyAppropriate(rating) && !anotherFirst && !contraindicated(ordered, safety))) {
			return Indicator.NONE;
		}
		if (deciding.emergency()) {
			return Indicator.CRITICAL;
		}
		if (rating.isEmpty() || rating.get() == AcrRating.USUALLY_NOT_APPROPRIATE || contraindicated(ordered, safety)) {
			return Indicator.WARNING;
		}
		return Indicator.INFO;
	}

	private static boolean usuallyAppropriate(Optional<AcrRating> rating) {
		return rating.map(r -> r == AcrRating.USUALLY_APPROPRIATE).orElse(false);
	}

	private static boolean stat(OrderedStudy ordered) {
		return ordered.order().getPriority() == ServiceRequest.ServiceRequestPriority.STAT;
	}

	/**
	 * The ordered study itself is what the safety review advises against: gadolinium (MRI
	 * with contrast) when gadolinium is to be avoided, any MRI when the implant must be
	 * checked first.
	 */
	private static boolean contraindicated(OrderedStudy ordered, SafetyReview safety) {
		StudyCategory study = ordered.category();
		boolean gadolinium = study.gadolinium();
		boolean mri = gadolinium || study == StudyCategory.MRI_WITHOUT_CONTRAST
				|| study == StudyCategory.MRI_CONTRAST_UNSPECIFIED;
		return (gadolinium && safety.avoidGadolinium()) || (mri && safety.avoidMri());
	}

	/**
	 * The scenarios that could apply, each with a verified SNOMED CT reason code; the
	 * uncomplicated ones only when no red flag or prior surgery is on record. Variant 3
	 * (surgery or intervention candidate) has no verified code and is not offered.
	 */
	private List<IndicationScenario> scenarios(LbpEvidence evidence) {
		List<IndicationScenario> scenarios = new ArrayList<>();
		scenarios.add(scenario("V4", "Suspected cauda equina syndrome", "192970008", "Cauda equina syndrome"));
		scenarios.add(scenario("V7", "Suspected spinal metastasis", "94602001",
				"Metastatic malignant neoplasm to vertebral column"));
		scenarios.add(scenario("V7", "Suspected spine infection", "2304001", "Discitis"));
		scenarios.add(scenario("V7", "Immunosuppression", "234532001", "Immunodeficiency disorder"));
		scenarios.add(scenario("V5", "New or progressing symptoms after lumbar surgery", "202725007",
				"Lumbar post-laminectomy syndrome"));
		scenarios.add(scenario("V6", "Osteoporosis", "64859006", "Osteoporosis"));
		scenarios.add(scenario("V6", "Low-velocity trauma: lumbar compression fracture", "426646004",
				"Compression fracture of lumbar spine"));
		if (!evidence.redFlag() && !evidence.priorSurgery()) {
			scenarios.add(scenario("V1", "Acute low back pain, no red flags", "278862001", "Acute low back pain"));
			scenarios.add(scenario("V2", "Chronic low back pain, no red flags", "278860009", "Chronic low back pain"));
		}
		return scenarios;
	}

	private static IndicationScenario scenario(String variant, String label, String code, String display) {
		return new IndicationScenario(variant, label, new Coding("http://snomed.info/sct", code, display));
	}

	private GuidelineOutcome outcome(OrderedStudy ordered, OutcomeStatus status, Optional<AcrRating> rating,
			List<RatedMatch> matches, List<StudyOption> options, Optional<StudyCategory> firstChoice,
			SafetyReview safety, Indicator indicator, Recommendation recommendation,
			List<IndicationScenario> scenarios) {
		return new GuidelineOutcome(ID, table.title(), table.narrativeUrl(), ordered, status, rating, matches,
				matches.stream().findFirst(), firstChoice, options, safety, indicator, recommendation, scenarios);
	}

	private static SafetyReview none() {
		return new SafetyReview(List.of());
	}

}

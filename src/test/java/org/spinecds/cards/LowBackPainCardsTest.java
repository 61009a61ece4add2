package org.spinecds.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spinecds.guideline.Fhir.CPT;
import static org.spinecds.guideline.Fhir.ICD10CM;
import static org.spinecds.guideline.Fhir.SNOMED;
import static org.spinecds.guideline.Fhir.condition;
import static org.spinecds.guideline.Fhir.order;
import static org.spinecds.guideline.Fhir.procedure;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceIndicatorEnum;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCardJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCodingJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.spinecds.guideline.GuidelineOutcome;
import org.spinecds.guideline.SafetyReview;
import org.spinecds.guideline.StudyCategory;
import org.spinecds.guideline.StudyClassifier;
import org.spinecds.guideline.acr.lbp.LbpFixtures;
import org.spinecds.guideline.acr.lbp.LowBackPainGuideline;
import org.spinecds.guideline.evidence.PatientFacts;
import org.spinecds.terminology.TestTerminology;

/**
 * The cards of the other variants and of the indication request, from their templates.
 */
class LowBackPainCardsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private static final StudyClassifier CLASSIFIER = new StudyClassifier(TestTerminology.builtInValueSets());

	private final List<Condition> conditions = new ArrayList<>();

	private final List<Procedure> procedures = new ArrayList<>();

	private GuidelineOutcome outcome(ServiceRequest order) {
		return LbpFixtures.GUIDELINE.evaluate(CLASSIFIER.classify(order).orElseThrow(),
				new PatientFacts(java.util.Optional.empty(), conditions, procedures, List.of(), true),
				surgeries -> new SafetyReview(List.of()), TODAY);
	}

	private static ArgonautCdsServiceResponseJson render(GuidelineOutcome outcome) {
		return RenderedText.renderer(new SequentialUuids()).render(List.of(outcome));
	}

	private static ServiceRequest mri() {
		return order(CPT, "72148").id("sr-mri").build();
	}

	@Test
	void earlyUncomplicatedPainGetsAWarningToRemoveTheOrderWithTheChoosingWiselySentence() {
		conditions.add(condition(SNOMED, "279039007").id("lbp").onset("2026-11-06").build());
		ArgonautCdsServiceResponseJson response = render(outcome(mri()));

		CdsServiceResponseCardJson card = response.getCards().get(0);
		assertThat(card.getIndicator()).isEqualTo(CdsServiceIndicatorEnum.WARNING);
		assertThat(card.getSummary()).isEqualTo(
				"Acute low back pain, no red flags: no imaging now; remove the MRI lumbar spine without IV contrast order");
		assertThat(card.getDetail()).contains(
				"> \"Don't do imaging for low back pain within the first six weeks, unless red flags are present.\" "
						+ "(American Academy of Family Physicians, Choosing Wisely)",
				"**Before overriding, check for red flags**",
				"- Low back pain or radicular symptoms: 279039007 (SNOMED CT 279039007), since 2026-11-06",
				"- Current episode: Episode of 2 weeks 0 days (since 2026-11-06)",
				"- Ordered, MRI lumbar spine without IV contrast: Usually not appropriate");
		assertThat(card.getDetail()).doesNotContain("Condition/", "ServiceRequest/");
		assertThat(card.getSuggestions()).singleElement().satisfies(suggestion -> {
			assertThat(suggestion.getRecommended()).isTrue();
			assertThat(suggestion.getActions()).singleElement().satisfies(action -> {
				assertThat(action.getType()).isEqualTo("delete");
				assertThat(((DeleteActionJson) action).getResourceId()).isEqualTo("ServiceRequest/sr-mri");
				assertThat(action.getResource()).isNull();
			});
		});
		assertThat(card.getOverrideReasons()).extracting(CdsServiceResponseCodingJson::getDisplay)
			.contains("Red flag present that is not on record", "Symptoms beyond six weeks",
					"Failed six weeks of treatment, surgery candidate");
		assertThat(card.getSource().getTopic().getCode()).isEqualTo("acr-low-back-pain-acute-uncomplicated");
		assertThat(response.ratings()).containsExactly("usually-not-appropriate");
	}

	@Test
	void suspectedCaudaEquinaOnContrastOnlyMriIsCriticalAndStat() {
		conditions.add(condition(ICD10CM, "G83.4").id("ces").build());
		CdsServiceResponseCardJson card = render(outcome(order(CPT, "72149").id("sr-w").build())).getCards().get(0);

		assertThat(card.getIndicator()).isEqualTo(CdsServiceIndicatorEnum.CRITICAL);
		assertThat(card.getSummary())
			.isEqualTo("Suspected cauda equina syndrome: STAT MRI lumbar spine without IV contrast now");
		assertThat(card.getDetail()).startsWith("**Emergency:** suspected cauda equina syndrome");
		ServiceRequest suggested = (ServiceRequest) card.getSuggestions().get(0).getActions().get(0).getResource();
		assertThat(suggested.getPriority().toCode()).isEqualTo("stat");
		assertThat(suggested.getReasonReference()).extracting(reference -> reference.getReference())
			.containsExactly("Condition/ces");
		// the emergency study is MRI without contrast: a gadolinium contraindication is
		// no
		// reason to decline it, an MR-unsafe implant is
		assertThat(card.getOverrideReasons()).extracting(CdsServiceResponseCodingJson::getCode)
			.contains("mr-unsafe-implant")
			.doesNotContain("contrast-contraindicated");
	}

	@Test
	void twoVariantsAreBothNamedAndTheBestRatingCounts() {
		procedures.add(procedure(CPT, "63030").id("lami").performed("2024-03-01").build());
		conditions.add(condition(ICD10CM, "M54.16").id("rad").onset("2026-11-01").build());
		conditions.add(condition(ICD10CM, "C61").id("ca").build());
		ArgonautCdsServiceResponseJson response = render(outcome(order(CPT, "72132").id("sr-ct").build()));

		CdsServiceResponseCardJson card = response.getCards().get(0);
		assertThat(card.getSource().getLabel()).endsWith("variant 7");
		assertThat(card.getDetail()).contains("**Also applies**",
				"- Variant 5, Low back pain with history of prior " + "lumbar surgery",
				"Ordered study: Usually not appropriate");
		assertThat(response.ratings()).containsExactly("may-be-appropriate");
	}

	@Test
	void aChildGetsNoCriteriaApplyAndNoCard() {
		conditions.add(condition(SNOMED, "279039007").id("lbp").onset("2026-11-06").build());
		org.hl7.fhir.r4.model.Patient child = new org.hl7.fhir.r4.model.Patient();
		child.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("2015-01-01"));
		GuidelineOutcome outcome = LbpFixtures.GUIDELINE.evaluate(CLASSIFIER.classify(mri()).orElseThrow(),
				new PatientFacts(java.util.Optional.of(child), conditions, procedures, List.of(), true),
				surgeries -> new SafetyReview(List.of()), TODAY);
		ArgonautCdsServiceResponseJson response = render(outcome);

		assertThat(response.getCards()).isEmpty();
		assertThat(response.ratings()).containsExactly("no-criteria-apply");
	}

	@Test
	void missingIndicationIsAnInfoCardWhoseSuggestionsAddAReasonAndNoRating() {
		ArgonautCdsServiceResponseJson response = render(outcome(mri()));

		assertThat(response.getServiceActions()).isNullOrEmpty();
		CdsServiceResponseCardJson card = response.getCards().get(0);
		assertThat(card.getIndicator()).isEqualTo(CdsServiceIndicatorEnum.INFO);
		assertThat(card.getSource().getTopic().getCode()).isIn(CardRenderer.QUIET_AFTER_SELECT);
		assertThat(card.getSuggestions()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(suggestion -> {
			assertThat(suggestion.getActions()).singleElement().satisfies(action -> {
				assertThat(action.getType()).isEqualTo("update");
				ServiceRequest updated = (ServiceRequest) action.getResource();
				assertThat(updated.getIdElement().getIdPart()).isEqualTo("sr-mri");
				assertThat(updated.getReasonCode()).singleElement()
					.satisfies(reason -> assertThat(reason.getCodingFirstRep().getSystem())
						.isEqualTo("http://snomed.info/sct"));
			});
		});
	}

	@Test
	void everyTemplateSummaryFitsWithTheLongestStudyNames() {
		String longest = StudyCategory.CT_WITHOUT_AND_WITH_CONTRAST.label();
		String target = StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST.label();
		for (String name : LowBackPainGuideline.CARD_TEMPLATES) {
			CardTemplates.Template template = RenderedText.TEMPLATES.get(name);
			String action = noImaging(name) ? "no imaging now; remove the " + longest + " order"
					: "change " + longest + " to " + target;
			// risks are named only when they fit (CardFactory)
			java.util.Map<String, String> values = java.util.Map.of("ordered", longest, "action", action, "risks", "",
					"onsetAfterSurgery", "within 30 days of lumbar surgery");
			assertThat(template.summary().fill(values).strip()).as(name)
				.hasSizeLessThanOrEqualTo(CardFactory.MAX_SUMMARY);
			java.util.Map<String, String> critical = new java.util.HashMap<>(values);
			critical.put("action", "add STAT " + target);
			assertThat(template.summaryCritical().fill(critical).strip()).as(name)
				.hasSizeLessThanOrEqualTo(CardFactory.MAX_SUMMARY);
		}
	}

	/** Variants 1 and 2 only ever remove the order. */
	private static boolean noImaging(String template) {
		return template.endsWith("/v1") || template.endsWith("/v2");
	}

	@Test
	void aTemplateWithAnUnknownPlaceholderOrReasonRefusesToLoad() {
		String text = "---\ncard-type: t\ncard-display: T\nsummary: {{ordered}}\noverride-reasons: other\n---\n";
		assertThat(CardTemplates.parse("ok", text, Set.of("ordered")).cardType()).isEqualTo("t");
		assertThatThrownBy(() -> CardTemplates.parse("bad", text + "{{orderd}}\n", Set.of("ordered")))
			.hasMessageContaining("unknown placeholder {{orderd}}");
		assertThatThrownBy(() -> CardTemplates.parse("bad", text.replace("other", "because"), Set.of("ordered")))
			.hasMessageContaining("unknown override reason because");
	}

	@Test
	void aLineWhosePlaceholdersAreEmptyIsDropped() {
		assertThat(TemplateText.parse("a\n{{x}} b\n**P:** {{y}}\nc\n").fill(java.util.Map.of("x", "-", "y", "")))
			.isEqualTo("a\n- b\nc\n");
	}

}

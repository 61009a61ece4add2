package org.spinecds.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.spinecds.cards.OutcomeBuilder.outcome;
import static org.spinecds.cards.OutcomeBuilder.draftOrder;
import static org.spinecds.cards.SequentialUuids.uuid;
import static org.spinecds.guideline.Fhir.CPT;
import static org.spinecds.guideline.Fhir.SNOMED;
import static org.spinecds.guideline.Fhir.condition;
import static org.spinecds.guideline.Fhir.egfr;
import static org.spinecds.guideline.Fhir.order;
import static org.spinecds.guideline.Fhir.procedure;
import static org.spinecds.guideline.Fhir.record;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCardJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSuggestionActionJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSuggestionJson;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinecds.guideline.GuidelineEvaluator;
import org.spinecds.guideline.SafetyConcern;
import org.spinecds.guideline.StudyCategory;
import org.spinecds.guideline.StudyOptions;
import org.spinecds.record.PatientRecord;
import org.spinecds.terminology.TestTerminology;

/**
 * When a safety finding changes the recommendation: one suggestion per offered study,
 * each with its own rating.
 */
class CardRendererSuggestionsTest {

	private final CardRenderer renderer = RenderedText.renderer(new SequentialUuids());

	private CdsServiceResponseCardJson card(OutcomeBuilder assessment) {
		List<CdsServiceResponseCardJson> cards = renderer.render(List.of(assessment.build())).getCards();
		assertThat(cards).hasSize(1);
		return cards.get(0);
	}

	/**
	 * The card for a CT lumbar spine order (ServiceRequest/sr-1), URGENT, with these
	 * safety findings.
	 */
	private CdsServiceResponseCardJson ctOrderCard(SafetyConcern... concerns) {
		return card(outcome().category(StudyCategory.CT_WITHOUT_CONTRAST).urgent().safety(concerns));
	}

	private static CdsServiceResponseSuggestionActionJson action(CdsServiceResponseSuggestionJson suggestion) {
		assertThat(suggestion.getActions()).hasSize(1);
		return suggestion.getActions().get(0);
	}

	private static ServiceRequest resource(CdsServiceResponseSuggestionJson suggestion) {
		return (ServiceRequest) action(suggestion).getResource();
	}

	private static List<Coding> pamaRating(ServiceRequest order) {
		return ((CodeableConcept) order.getExtensionByUrl(PamaRating.RATING).getValue()).getCoding();
	}

	@Test
	void kidneyRiskOffersThreeStudiesAndRecommendsMriWithoutContrast() {
		CdsServiceResponseCardJson card = ctOrderCard(SafetyConcern.KIDNEY_FUNCTION);

		assertThat(card.getSuggestions())
			.extracting(CdsServiceResponseSuggestionJson::getLabel, CdsServiceResponseSuggestionJson::getRecommended)
			.containsExactly(
					tuple("Change to MRI lumbar spine without IV contrast (URGENT; ACR: usually appropriate)", true),
					tuple("Change to CT myelography lumbar spine (URGENT; ACR: may be appropriate)", false),
					tuple("Change to MRI lumbar spine without and with IV contrast (URGENT; ACR: usually appropriate)",
							false));
	}

	@ParameterizedTest
	@EnumSource(value = SafetyConcern.class,
			names = { "KIDNEY_FUNCTION", "CONTRAST_ALLERGY", "PREGNANCY", "MRI_UNSAFE_IMPLANT" })
	void mriWithGadoliniumIsNotRecommendedWhenAContraindicationExistsAndExactlyOneSuggestionIs(SafetyConcern concern) {
		CdsServiceResponseCardJson card = ctOrderCard(concern);

		assertThat(card.getSuggestions())
			.filteredOn(suggestion -> "72158".equals(resource(suggestion).getCode().getCodingFirstRep().getCode()))
			.singleElement()
			.extracting(CdsServiceResponseSuggestionJson::getRecommended)
			.isEqualTo(false);
		assertThat(card.getSuggestions()).filteredOn(CdsServiceResponseSuggestionJson::getRecommended).hasSize(1);
	}

	@Test
	void withoutAContraindicationTheOnlySuggestionIsTheRecommendedMriWithoutAndWithContrast() {
		CdsServiceResponseCardJson card = ctOrderCard(SafetyConcern.NO_RECENT_EGFR,
				SafetyConcern.MR_CONDITIONAL_IMPLANT);

		assertThat(card.getSuggestions()).singleElement().satisfies(suggestion -> {
			assertThat(suggestion.getRecommended()).isTrue();
			assertThat(resource(suggestion).getCode().getCodingFirstRep().getCode()).isEqualTo("72158");
		});
	}

	@Test
	void eachSuggestionCarriesItsOwnStudyAndPamaRating() {
		List<CdsServiceResponseSuggestionJson> suggestions = ctOrderCard(SafetyConcern.CONTRAST_ALLERGY)
			.getSuggestions();

		assertThat(suggestions).extracting(suggestion -> resource(suggestion).getCode().getCodingFirstRep().getCode())
			.containsExactly("72148", "24965-6", "72158");
		assertThat(pamaRating(resource(suggestions.get(0)))).extracting(Coding::getSystem, Coding::getCode)
			.containsExactly(tuple(PamaRating.RATING_SYSTEM, "appropriate"),
					tuple(CodeSystems.ACR_CATEGORY, "usually-appropriate"));
		assertThat(pamaRating(resource(suggestions.get(1)))).extracting(Coding::getSystem, Coding::getCode)
			.containsExactly(tuple(PamaRating.RATING_SYSTEM, "appropriate"),
					tuple(CodeSystems.ACR_CATEGORY, "may-be-appropriate"));
		assertThat(pamaRating(resource(suggestions.get(2)))).extracting(Coding::getCode)
			.containsExactly("appropriate", "usually-appropriate");
	}

	@Test
	void everySuggestionSharesTheOrdersConsultIdAndHasItsOwnUuid() {
		CdsServiceResponseCardJson card = ctOrderCard(SafetyConcern.KIDNEY_FUNCTION);

		assertThat(card.getSuggestions()).extracting(CdsServiceResponseSuggestionJson::getUuid)
			.containsExactly(uuid(3), uuid(4), uuid(5));
		assertThat(card.getSuggestions()).allSatisfy(suggestion -> assertThat(
				resource(suggestion).getExtensionByUrl(PamaRating.CONSULT_ID).getValue().primitiveValue())
			.isEqualTo("urn:uuid:" + uuid(1)));
	}

	@Test
	void eachReplaceSuggestionIsItsOwnCopyOfTheDraftOrder() {
		CdsServiceResponseCardJson card = ctOrderCard(SafetyConcern.KIDNEY_FUNCTION);

		assertThat(card.getSuggestions()).extracting(suggestion -> action(suggestion).getType()).containsOnly("update");
		assertThat(card.getSuggestions()).extracting(suggestion -> resource(suggestion).getIdElement().getIdPart())
			.containsOnly("sr-1");
		assertThat(card.getSuggestions()).extracting(suggestion -> action(suggestion).getDescription())
			.containsExactly(
					"Change the CT lumbar spine without IV contrast order to URGENT MRI lumbar spine without IV contrast",
					"Change the CT lumbar spine without IV contrast order to URGENT CT myelography lumbar spine",
					"Change the CT lumbar spine without IV contrast order to URGENT MRI lumbar spine without and with IV contrast");
		assertThat(resource(card.getSuggestions().get(0))).isNotSameAs(resource(card.getSuggestions().get(1)));
		assertThat(resource(card.getSuggestions().get(0)).getNote()).singleElement()
			.satisfies(note -> assertThat(note.getText())
				.isEqualTo("Protocol: T1- and T2-weighted axial and sagittal sequences of the "
						+ "lumbar spine, without contrast."));
	}

	@Test
	void orderedMriWithoutAndWithContrastIsNotSuggestedToItself() {
		CdsServiceResponseCardJson card = card(outcome().category(StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST)
			.urgent()
			.safety(SafetyConcern.KIDNEY_FUNCTION));

		assertThat(card.getSuggestions())
			.extracting(CdsServiceResponseSuggestionJson::getLabel, CdsServiceResponseSuggestionJson::getRecommended)
			.containsExactly(
					tuple("Change to MRI lumbar spine without IV contrast (URGENT; ACR: usually appropriate)", true),
					tuple("Change to CT myelography lumbar spine (URGENT; ACR: may be appropriate)", false));
	}

	@Test
	void implantRecommendsCtMyelographyAndTheProtocolIsItsOwn() {
		CdsServiceResponseCardJson card = ctOrderCard(SafetyConcern.MRI_UNSAFE_IMPLANT);

		assertThat(card.getSuggestions())
			.extracting(CdsServiceResponseSuggestionJson::getLabel, CdsServiceResponseSuggestionJson::getRecommended)
			.containsExactly(tuple("Change to CT myelography lumbar spine (URGENT; ACR: may be appropriate)", true),
					tuple("Change to MRI lumbar spine without and with IV contrast (URGENT; ACR: usually appropriate)",
							false));
		assertThat(card.getDetail()).contains(
				"**Protocol:** CT of the lumbar spine after intrathecal contrast injection " + "(CT myelography).\n");
	}

	@Test
	void radiographWithARiskGetsCreateSuggestionsBesideIt() {
		CdsServiceResponseCardJson card = card(
				outcome().order(draftOrder(StudyCategory.RADIOGRAPHY).id("sr-xr").build())
					.category(StudyCategory.RADIOGRAPHY)
					.emergent(7)
					.safety(SafetyConcern.PREGNANCY));

		assertThat(card.getSuggestions())
			.extracting(CdsServiceResponseSuggestionJson::getLabel, CdsServiceResponseSuggestionJson::getRecommended)
			.containsExactly(tuple("Add MRI lumbar spine without IV contrast (STAT; ACR: usually appropriate)", true),
					tuple("Add MRI lumbar spine without and with IV contrast (STAT; ACR: usually appropriate)", false));
		assertThat(card.getSuggestions()).allSatisfy(suggestion -> {
			assertThat(action(suggestion).getType()).isEqualTo("create");
			assertThat(resource(suggestion).hasId()).isFalse();
		});
	}

	@Test
	void evaluatedMriWithoutAndWithContrastAndEgfr25GetsACardToChangeToMriWithoutContrast() {
		PatientRecord record = record().conditions(condition(SNOMED, "6077001").id("fd").onset("2026-11-10").build())
			.procedures(procedure(CPT, "63030").id("disc").performed("2026-11-03").build())
			.observations(egfr("25", "2026-11-01").id("egfr").build())
			.build();
		GuidelineEvaluator evaluator = new GuidelineEvaluator(TestTerminology.builtInValueSets(),
				List.of(org.spinecds.guideline.acr.lbp.LbpFixtures.GUIDELINE));

		ArgonautCdsServiceResponseJson wwo = renderer.render(evaluator.evaluate(record,
				List.of(order(CPT, "72158").id("sr-wwo").build()), List.of(), LocalDate.of(2026, 11, 20)));
		ArgonautCdsServiceResponseJson wo = renderer.render(evaluator.evaluate(record, List
			.of(order(CPT, "72148").id("sr-wo").build().setPriority(ServiceRequest.ServiceRequestPriority.STAT)),
				List.of(), LocalDate.of(2026, 11, 20)));

		assertThat(wwo.getCards()).singleElement().satisfies(card -> {
			assertThat(card.getSummary()).contains("eGFR 25");
			assertThat(card.getSuggestions()).filteredOn(CdsServiceResponseSuggestionJson::getRecommended)
				.singleElement()
				.satisfies(suggestion -> assertThat(resource(suggestion).getCode().getCodingFirstRep().getCode())
					.isEqualTo("72148"));
		});
		assertThat(wwo.ratings()).containsExactly("usually-appropriate");
		assertThat(wo.getCards()).isEmpty();
		assertThat(wo.ratings()).containsExactly("usually-appropriate");
	}

}

package org.spinecds.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.spinecds.cards.OutcomeBuilder.outcome;
import static org.spinecds.cards.OutcomeBuilder.draftOrder;
import static org.spinecds.guideline.Evidence.footDrop;
import static org.spinecds.guideline.Evidence.surgery;
import static org.spinecds.guideline.Fhir.SNOMED;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;
import org.junit.jupiter.api.Test;
import org.spinecds.guideline.GuidelineOutcome;
import org.spinecds.guideline.StudyCategory;
import org.spinecds.guideline.StudyOptions;
import org.spinecds.terminology.TestTerminology;

/**
 * The update suggestion: the draft order itself, changed to MRI lumbar spine without and
 * with IV contrast.
 */
class SuggestedOrderReplacingTest {

	private static final String CONSULT_ID = "urn:uuid:00000000-0000-4000-8000-000000000001";

	private final SuggestedOrder suggestedOrder = new SuggestedOrder(
			OrderableStudies.load(TestTerminology.FHIR, StudyOptions.OFFERABLE));

	private final ServiceRequest draft = draftOrder(StudyCategory.CT_WITHOUT_CONTRAST).id("sr-ct")
		.emptyReason()
		.build();

	private ServiceRequest replacing(OutcomeBuilder assessment) {
		GuidelineOutcome built = assessment.order(draft).category(StudyCategory.CT_WITHOUT_CONTRAST).build();
		return suggestedOrder.replacing(built, built.recommended().orElseThrow(), CONSULT_ID);
	}

	private static List<String> codes(List<CodeableConcept> concepts) {
		return concepts.stream().flatMap(concept -> concept.getCoding().stream()).map(Coding::getCode).toList();
	}

	private static List<String> references(List<Reference> references) {
		return references.stream().map(Reference::getReference).toList();
	}

	@Test
	void keepsTheDraftOrdersIdentityAndOtherFields() {
		draft.addExtension("http://ehr.example.org/fhir/StructureDefinition/site-field", new StringType("kept"));

		ServiceRequest order = replacing(outcome());

		assertThat(order.getIdElement().getIdPart()).isEqualTo("sr-ct");
		assertThat(order.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.DRAFT);
		assertThat(order.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.ORDER);
		assertThat(order.getSubject().getReference()).isEqualTo("Patient/pt-1");
		assertThat(order.getRequester().getReference()).isEqualTo("Practitioner/dr-1");
		assertThat(order.getEncounter().getReference()).isEqualTo("Encounter/enc-1");
		assertThat(order.getAuthoredOnElement().getValueAsString()).isEqualTo("2026-11-20");
		assertThat(order.getExtensionByUrl("http://ehr.example.org/fhir/StructureDefinition/site-field")
			.getValue()
			.primitiveValue()).isEqualTo("kept");
	}

	@Test
	void replacesTheCodeWithCpt72158ThenLoinc249672() {
		ServiceRequest order = replacing(outcome());

		assertThat(order.getCode().getCoding()).extracting(Coding::getSystem, Coding::getCode)
			.containsExactly(tuple("http://www.ama-assn.org/go/cpt", "72158"), tuple("http://loinc.org", "24967-2"));
		assertThat(order.getCode().getText()).isEqualTo("MRI lumbar spine without and with IV contrast");
	}

	@Test
	void leavesTheDraftOrderItselfUntouched() {
		replacing(outcome());

		assertThat(draft.getCode().getCodingFirstRep().getCode()).isEqualTo("72131");
		assertThat(draft.hasPriority()).isFalse();
		assertThat(draft.getReasonCode()).hasSize(1);
		assertThat(draft.getExtension()).isEmpty();
		assertThat(draft.getNote()).isEmpty();
	}

	@Test
	void emergentIsStatAndUrgentIsUrgent() {
		assertThat(replacing(outcome().emergent(7)).getPriority())
			.isEqualTo(ServiceRequest.ServiceRequestPriority.STAT);
		assertThat(replacing(outcome().urgent()).getPriority()).isEqualTo(ServiceRequest.ServiceRequestPriority.URGENT);
	}

	@Test
	void dropsEmptyReasonCodesAndAddsTheFootDropCoding() {
		ServiceRequest order = replacing(outcome());

		assertThat(order.getReasonCode()).hasSize(1);
		assertThat(order.getReasonCodeFirstRep().getCodingFirstRep().getSystem()).isEqualTo(SNOMED);
		assertThat(order.getReasonCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("6077001");
	}

	@Test
	void keepsAFreeTextReason() {
		draft.addReasonCode(new CodeableConcept().setText("left foot drop since Tuesday"));

		ServiceRequest order = replacing(outcome());

		assertThat(order.getReasonCode()).extracting(CodeableConcept::getText).contains("left foot drop since Tuesday");
	}

	@Test
	void doesNotDuplicateAFootDropCodingAlreadyOnTheOrder() {
		draft.addReasonCode(new CodeableConcept().addCoding(new Coding(SNOMED, "6077001", "Foot-drop")));

		ServiceRequest order = replacing(
				outcome().footDrops(footDrop().reference("Condition/fd").onset("2026-11-10").build(),
						footDrop().fromOrder("ServiceRequest/sr-ct").build()));

		assertThat(codes(order.getReasonCode())).containsExactly("6077001");
		assertThat(references(order.getReasonReference())).containsExactly("Condition/fd");
	}

	@Test
	void referencesEveryFootDropConditionOnce() {
		ServiceRequest order = replacing(outcome().footDrops(footDrop().reference("Condition/fd-1").build(),
				footDrop().reference("Condition/fd-2").build()));

		assertThat(codes(order.getReasonCode())).containsExactly("6077001");
		assertThat(references(order.getReasonReference())).containsExactly("Condition/fd-1", "Condition/fd-2");
	}

	@Test
	void surgeryProcedureIsSupportingInfo() {
		ServiceRequest order = replacing(outcome());

		assertThat(references(order.getSupportingInfo())).containsExactly("Procedure/fusion");
		assertThat(references(order.getReasonReference())).containsExactly("Condition/fd");
	}

	@Test
	void surgeryConditionIsAReasonWithItsReference() {
		ServiceRequest order = replacing(outcome().surgeries(surgery().fromCondition("Condition/plss").build()));

		assertThat(codes(order.getReasonCode())).containsExactly("6077001", "202725007");
		assertThat(references(order.getReasonReference())).containsExactly("Condition/fd", "Condition/plss");
		assertThat(order.getSupportingInfo()).isEmpty();
	}

	@Test
	void surgeryFromTheOrderReasonIsKeptAsAReasonWithoutAReference() {
		draft
			.addReasonCode(new CodeableConcept().addCoding(new Coding(SNOMED, "202725007", "Lumbar post-laminectomy")));
		draft.addReasonCode(new CodeableConcept().addCoding(new Coding(SNOMED, "6077001", "Foot-drop")));
		ServiceRequest order = replacing(outcome().footDrops(footDrop().fromOrder("ServiceRequest/sr-ct").build())
			.surgeries(surgery().fromOrder("ServiceRequest/sr-ct").build()));

		assertThat(codes(order.getReasonCode())).containsExactly("202725007", "6077001");
		assertThat(order.getReasonReference()).isEmpty();
	}

	@Test
	void addsTheProtocolNote() {
		ServiceRequest order = replacing(outcome());

		assertThat(order.getNote()).singleElement()
			.satisfies(note -> assertThat(note.getText()).isEqualTo(
					"Protocol: T1- and T2-weighted axial and sagittal sequences of the lumbar spine, before and after IV "
							+ "gadolinium."));
	}

	@Test
	void carriesTheRecommendedStudysPamaRating() {
		ServiceRequest order = replacing(outcome());

		CodeableConcept rating = (CodeableConcept) order.getExtensionByUrl(PamaRating.RATING).getValue();
		assertThat(rating.getCoding()).extracting(Coding::getSystem, Coding::getCode)
			.containsExactly(tuple(PamaRating.RATING_SYSTEM, "appropriate"),
					tuple(CodeSystems.ACR_CATEGORY, "usually-appropriate"));
		assertThat(order.getExtensionByUrl(PamaRating.CONSULT_ID).getValue().primitiveValue()).isEqualTo(CONSULT_ID);
		assertThat(order.getExtensionByUrl(PamaRating.AUC_APPLIED).getValue().primitiveValue())
			.isEqualTo("https://acsearch.acr.org/docs/69483/Narrative/");
	}

	@Test
	void replacesAPamaRatingAlreadyOnTheOrder() {
		draft.addExtension(PamaRating.RATING, new CodeableConcept()
			.addCoding(new Coding(PamaRating.RATING_SYSTEM, "not-appropriate", "Not appropriate")));
		draft.addExtension(PamaRating.CONSULT_ID, new UriType("urn:uuid:old"));

		ServiceRequest order = replacing(outcome());

		assertThat(order.getExtension()).extracting(Extension::getUrl)
			.containsExactly(PamaRating.RATING, PamaRating.CONSULT_ID, PamaRating.AUC_APPLIED);
		assertThat(
				((CodeableConcept) order.getExtensionByUrl(PamaRating.RATING).getValue()).getCodingFirstRep().getCode())
			.isEqualTo("appropriate");
		assertThat(order.getExtensionByUrl(PamaRating.CONSULT_ID).getValue().primitiveValue()).isEqualTo(CONSULT_ID);
	}

}

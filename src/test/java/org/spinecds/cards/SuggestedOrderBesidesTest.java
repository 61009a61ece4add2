package org.spinecds.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.cards.OutcomeBuilder.outcome;
import static org.spinecds.cards.OutcomeBuilder.draftOrder;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.spinecds.guideline.GuidelineOutcome;
import org.spinecds.guideline.StudyCategory;
import org.spinecds.guideline.StudyOptions;
import org.spinecds.terminology.TestTerminology;

/**
 * The create suggestion beside a radiograph: a new draft MRI order for the same patient.
 */
class SuggestedOrderBesidesTest {

	private static final String CONSULT_ID = "urn:uuid:00000000-0000-4000-8000-000000000001";

	private final SuggestedOrder suggestedOrder = new SuggestedOrder(
			OrderableStudies.load(TestTerminology.FHIR, StudyOptions.OFFERABLE));

	private final ServiceRequest radiograph = draftOrder(StudyCategory.RADIOGRAPHY).id("sr-xr").build();

	private ServiceRequest besides(OutcomeBuilder assessment) {
		GuidelineOutcome built = assessment.order(radiograph).category(StudyCategory.RADIOGRAPHY).build();
		return suggestedOrder.besides(built, built.recommended().orElseThrow(), CONSULT_ID);
	}

	@Test
	void isANewDraftOrderForTheSamePatient() {
		ServiceRequest order = besides(outcome());

		assertThat(order.hasId()).isFalse();
		assertThat(order.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.DRAFT);
		assertThat(order.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.ORDER);
		assertThat(order.getSubject().getReference()).isEqualTo("Patient/pt-1");
		assertThat(order.getRequester().getReference()).isEqualTo("Practitioner/dr-1");
		assertThat(order.getEncounter().getReference()).isEqualTo("Encounter/enc-1");
	}

	@Test
	void keepsTheDraftsIntentAndCategory() {
		radiograph.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
		radiograph
			.addCategory(new CodeableConcept().addCoding(new Coding("http://snomed.info/sct", "363679005", "Imaging")));

		ServiceRequest order = besides(outcome());

		assertThat(order.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.PLAN);
		assertThat(order.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("363679005");
	}

	@Test
	void isTheMriWithoutAndWithContrastNotTheRadiograph() {
		ServiceRequest order = besides(outcome());

		assertThat(order.getCode().getCoding()).extracting(Coding::getCode).containsExactly("72158", "24967-2");
		assertThat(radiograph.getCode().getCodingFirstRep().getCode()).isEqualTo("72100");
		assertThat(radiograph.getExtension()).isEmpty();
	}

	@Test
	void carriesPriorityEvidenceProtocolAndRating() {
		ServiceRequest order = besides(outcome().urgent());

		assertThat(order.getPriority()).isEqualTo(ServiceRequest.ServiceRequestPriority.URGENT);
		assertThat(order.getReasonCode()).flatExtracting(CodeableConcept::getCoding)
			.extracting(Coding::getCode)
			.containsExactly("6077001");
		assertThat(order.getReasonReference()).extracting(Reference::getReference).containsExactly("Condition/fd");
		assertThat(order.getSupportingInfo()).extracting(Reference::getReference).containsExactly("Procedure/fusion");
		assertThat(order.getNoteFirstRep().getText()).startsWith("Protocol: T1- and T2-weighted");
		assertThat(PamaRating.acrCategoryOf(order)).isEqualTo("usually-appropriate");
		assertThat(order.getExtensionByUrl(PamaRating.CONSULT_ID).getValue().primitiveValue()).isEqualTo(CONSULT_ID);
	}

	@Test
	void emergentIsStat() {
		assertThat(besides(outcome().emergent(3)).getPriority()).isEqualTo(ServiceRequest.ServiceRequestPriority.STAT);
	}

}

package org.spinecds.cards;

import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.UriType;
import org.spinecds.guideline.AcrRating;

/**
 * Argonaut "CDS Hooks for PAMA" rating extensions on a ServiceRequest (clinical.md
 * section 4).
 */
final class PamaRating {

	static final String RATING = "http://fhir.org/argonaut/Extension/pama-rating";
	static final String CONSULT_ID = "http://fhir.org/argonaut/Extension/pama-rating-consult-id";
	static final String AUC_APPLIED = "http://fhir.org/argonaut/Extension/pama-rating-auc-applied";
	static final String RATING_SYSTEM = "http://fhir.org/argonaut/CodeSystem/pama-rating";
	static final String NO_CRITERIA_APPLY = "no-criteria-apply";

	private static final Set<String> ALL = Set.of(RATING, CONSULT_ID, AUC_APPLIED);

	private PamaRating() {
	}

	/**
	 * Replaces any earlier rating on the order (a client may send back one we attached
	 * before).
	 */
	static void apply(ServiceRequest order, AcrRating rating, String consultId, String aucApplied) {
		apply(order, ratingConcept(rating), consultId, aucApplied);
	}

	/**
	 * Argonaut "no-criteria-apply": the order is imaging the service recognises, for a
	 * patient or purpose the guideline does not cover.
	 */
	static void applyNoCriteria(ServiceRequest order, String consultId, String aucApplied) {
		apply(order,
				new CodeableConcept()
					.addCoding(new Coding(RATING_SYSTEM, NO_CRITERIA_APPLY, "No appropriate use criteria apply")),
				consultId, aucApplied);
	}

	private static void apply(ServiceRequest order, CodeableConcept rating, String consultId, String aucApplied) {
		order.getExtension().removeIf(extension -> extension.hasUrl() && ALL.contains(extension.getUrl()));
		order.addExtension(RATING, rating);
		order.addExtension(CONSULT_ID, new UriType(consultId));
		order.addExtension(AUC_APPLIED, new UriType(aucApplied));
	}

	static String acrCategoryOf(ServiceRequest order) {
		return order.getExtension()
			.stream()
			.filter(extension -> RATING.equals(extension.getUrl()))
			.flatMap(extension -> ((CodeableConcept) extension.getValue()).getCoding().stream())
			.filter(coding -> CodeSystems.ACR_CATEGORY.equals(coding.getSystem()))
			.map(Coding::getCode)
			.findFirst()
			.orElseGet(() -> pamaCodeOf(order));
	}

	private static String pamaCodeOf(ServiceRequest order) {
		return order.getExtension()
			.stream()
			.filter(extension -> RATING.equals(extension.getUrl()))
			.flatMap(extension -> ((CodeableConcept) extension.getValue()).getCoding().stream())
			.filter(coding -> RATING_SYSTEM.equals(coding.getSystem()))
			.map(Coding::getCode)
			.findFirst()
			.orElse("unrated");
	}

	private static CodeableConcept ratingConcept(AcrRating rating) {
		Coding pama = rating.appropriate() ? new Coding(RATING_SYSTEM, "appropriate", "Appropriate")
				: new Coding(RATING_SYSTEM, "not-appropriate", "Not appropriate");
		Coding acr = new Coding(CodeSystems.ACR_CATEGORY, acrCode(rating), rating.label());
		return new CodeableConcept().addCoding(pama).addCoding(acr);
	}

	private static String acrCode(AcrRating rating) {
		return rating.name().toLowerCase().replace('_', '-');
	}

}

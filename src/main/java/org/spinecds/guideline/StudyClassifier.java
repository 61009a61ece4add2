package org.spinecds.guideline;

import java.util.Optional;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.terminology.ValueSets;

/**
 * Puts a draft ServiceRequest into its ACR study category by its CPT, LOINC or SNOMED
 * code; other orders are out of scope.
 */
public final class StudyClassifier {

	private final ValueSets valueSets;

	public StudyClassifier(ValueSets valueSets) {
		this.valueSets = valueSets;
	}

	public Optional<OrderedStudy> classify(ServiceRequest order) {
		for (StudyCategory category : StudyCategory.values()) {
			var match = valueSets.firstMatch(category.valueSetUrl(), order.getCode());
			if (match.isPresent()) {
				return Optional.of(new OrderedStudy(order, category, match.get()));
			}
		}
		return Optional.empty();
	}

}

package org.spinecds.cards;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.spinecds.guideline.StudyCategory;

/**
 * The studies a card can suggest, each a FHIR ActivityDefinition in
 * {@code cards/orderables/} (codes and protocol live in data, not in Java). The file name
 * is the study category in kebab case.
 */
public final class OrderableStudies {

	static final String FOLDER = "/cards/orderables/";

	private final Map<StudyCategory, ActivityDefinition> definitions;

	private OrderableStudies(Map<StudyCategory, ActivityDefinition> definitions) {
		this.definitions = definitions;
	}

	/** Loads the orderable for every given category; a missing file stops start-up. */
	public static OrderableStudies load(FhirContext fhirContext, List<StudyCategory> categories) {
		Map<StudyCategory, ActivityDefinition> definitions = new EnumMap<>(StudyCategory.class);
		for (StudyCategory category : categories) {
			String file = FOLDER + category.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".json";
			try (InputStream json = OrderableStudies.class.getResourceAsStream(file)) {
				if (json == null) {
					throw new IllegalStateException("Missing classpath resource " + file + " for " + category);
				}
				definitions.put(category, fhirContext.newJsonParser().parseResource(ActivityDefinition.class, json));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return new OrderableStudies(definitions);
	}

	/** A fresh copy each time: callers put it into resources they go on changing. */
	CodeableConcept code(StudyCategory study) {
		return definition(study).getCode().copy();
	}

	String title(StudyCategory study) {
		return definition(study).getTitle();
	}

	/** The imaging protocol to put in the order's note. */
	String protocol(StudyCategory study) {
		return definition(study).getDescription();
	}

	private ActivityDefinition definition(StudyCategory study) {
		ActivityDefinition definition = definitions.get(study);
		if (definition == null) {
			throw new IllegalArgumentException("No orderable loaded for " + study);
		}
		return definition;
	}

}

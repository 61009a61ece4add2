package org.spinecds.cards;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.CodeableConcept;

/**
 * The study the cards suggest (MRI lumbar spine without and with IV contrast), read from a FHIR ActivityDefinition so
 * its codes and protocol live in data, not in Java.
 */
public final class RecommendedStudy {

	static final String RESOURCE = "/cards/recommended-study.json";

	private final ActivityDefinition definition;

	private RecommendedStudy(ActivityDefinition definition) {
		this.definition = definition;
	}

	public static RecommendedStudy load(FhirContext fhirContext) {
		try (InputStream json = RecommendedStudy.class.getResourceAsStream(RESOURCE)) {
			if (json == null) {
				throw new IllegalStateException("Missing classpath resource " + RESOURCE);
			}
			return new RecommendedStudy(fhirContext.newJsonParser().parseResource(ActivityDefinition.class, json));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A fresh copy each time: callers put it into resources they go on changing. */
	public CodeableConcept code() {
		return definition.getCode().copy();
	}

	public String title() {
		return definition.getTitle();
	}

	/** The imaging protocol to put in the order's note. */
	public String protocol() {
		return definition.getDescription();
	}
}

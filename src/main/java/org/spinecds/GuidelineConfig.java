package org.spinecds;

import ca.uhn.fhir.context.FhirContext;
import java.util.UUID;
import org.spinecds.cards.CardRenderer;
import org.spinecds.cards.OrderableStudies;
import org.spinecds.guideline.StudyOptions;
import org.spinecds.guideline.GuidelineEvaluator;
import org.spinecds.terminology.ValueSets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring wiring for the guideline and card packages, which themselves stay free of
 * Spring.
 */
@Configuration
public class GuidelineConfig {

	@Bean
	public GuidelineEvaluator guidelineEvaluator(ValueSets valueSets) {
		return new GuidelineEvaluator(valueSets);
	}

	@Bean
	public CardRenderer cardRenderer(FhirContext fhirContext) {
		return new CardRenderer(OrderableStudies.load(fhirContext, StudyOptions.OFFERABLE),
				() -> UUID.randomUUID().toString());
	}

}

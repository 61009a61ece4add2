package org.spinecds;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.spinecds.cards.CardRenderer;
import org.spinecds.cards.CardTemplates;
import org.spinecds.guideline.Guideline;
import org.spinecds.cards.OrderableStudies;
import org.spinecds.guideline.StudyOptions;
import org.spinecds.guideline.GuidelineEvaluator;
import org.spinecds.terminology.ValueSets;
import org.spinecds.guideline.acr.lbp.LbpProcedures;
import org.spinecds.guideline.acr.lbp.LowBackPainGuideline;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring wiring for the guideline and card packages, which themselves stay free of
 * Spring.
 */
@Configuration
@EnableConfigurationProperties(LowBackPainProperties.class)
public class GuidelineConfig {

	/**
	 * ACR Low Back Pain, all seven variants; its ratings table is read and validated
	 * here, so an incomplete table stops the start.
	 */
	@Bean
	public LowBackPainGuideline lowBackPainGuideline(ValueSets valueSets, LowBackPainProperties properties) {
		return new LowBackPainGuideline(valueSets,
				AcrRatingsTables.load(AcrRatingsTables.LOW_BACK_PAIN, LbpProcedures.ALL, LowBackPainGuideline.VARIANTS),
				properties.settings());
	}

	@Bean
	public GuidelineEvaluator guidelineEvaluator(ValueSets valueSets, List<Guideline> guidelines) {
		return new GuidelineEvaluator(valueSets, guidelines);
	}

	@Bean
	public CardRenderer cardRenderer(FhirContext fhirContext) {
		return new CardRenderer(OrderableStudies.load(fhirContext, StudyOptions.OFFERABLE),
				CardTemplates.load(LowBackPainGuideline.CARD_TEMPLATES, CardRenderer.placeholders()),
				RandomUuids::next);
	}

}

package org.spinecds.cards;

import java.util.function.Supplier;
import org.spinecds.guideline.GuidelineOutcome;
import org.spinecds.guideline.StudyOptions;
import org.spinecds.guideline.acr.lbp.LowBackPainGuideline;
import org.spinecds.terminology.TestTerminology;

/** A card's summary and detail as the service renders them from its templates. */
final class RenderedText {

	static final OrderableStudies STUDIES = OrderableStudies.load(TestTerminology.FHIR, StudyOptions.OFFERABLE);

	static final CardTemplates TEMPLATES = CardTemplates.load(LowBackPainGuideline.CARD_TEMPLATES,
			CardFactory.PLACEHOLDERS);

	private static final Supplier<String> UUIDS = () -> "uuid";

	private RenderedText() {
	}

	static CardRenderer renderer(Supplier<String> uuids) {
		return new CardRenderer(STUDIES, TEMPLATES, uuids);
	}

	static String summary(GuidelineOutcome outcome) {
		return new CardFactory(STUDIES, TEMPLATES, UUIDS).card(outcome, "urn:uuid:consult").getSummary();
	}

	static String detail(GuidelineOutcome outcome) {
		return new CardFactory(STUDIES, TEMPLATES, UUIDS).card(outcome, "urn:uuid:consult").getDetail();
	}

}

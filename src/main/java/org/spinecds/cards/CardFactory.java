package org.spinecds.cards;

import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceIndicatorEnum;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCardJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCardSourceJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCodingJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseLinkJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSuggestionActionJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSuggestionJson;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.guideline.AcrRating;
import org.spinecds.guideline.GuidelineOutcome;
import org.spinecds.guideline.GuidelineOutcome.IndicationScenario;
import org.spinecds.guideline.GuidelineOutcome.RatedMatch;
import org.spinecds.guideline.Indicator;
import org.spinecds.guideline.OutcomeStatus;
import org.spinecds.guideline.Recommendation;
import org.spinecds.guideline.SafetyConcern;
import org.spinecds.guideline.SafetyFinding;
import org.spinecds.guideline.StudyOption;
import org.spinecds.guideline.VariantMatch;
import org.spinecds.guideline.evidence.Finding;

/**
 * Renders the card for one outcome from its template: the words come from
 * {@code cards/templates/}, the facts from the outcome. One suggestion per offered study
 * (at most one recommended, each with its own ACR rating), a suggestion to remove the
 * order where no imaging is appropriate, or one per clinical scenario that adds the
 * indication to the order.
 */
final class CardFactory {

	/** The placeholders a template may use; {@link CardTemplates} refuses any other. */
	static final Set<String> PLACEHOLDERS = Set.of("ordered", "orderedCode", "rating", "recommended", "action", "risks",
			"findings", "otherMatches", "variant", "wording", "studies", "safety", "protocol", "narrativeUrl",
			"scenarios", "critical", "ifNoHardware", "ifNoPeroneal", "onsetAfterSurgery", "daysFromSurgeryToOnset",
			"ifWithinSixWeeks", "ifPastSixWeeks");

	/** CDS Hooks: "<140 characters". */
	static final int MAX_SUMMARY = 139;

	static final String INDICATION_NEEDED = "indication-needed";

	private final OrderableStudies studies;

	private final CardTemplates templates;

	private final SuggestedOrder suggestedOrder;

	private final Supplier<String> uuids;

	CardFactory(OrderableStudies studies, CardTemplates templates, Supplier<String> uuids) {
		this.studies = studies;
		this.templates = templates;
		this.suggestedOrder = new SuggestedOrder(studies);
		this.uuids = uuids;
	}

	/**
	 * The template of an outcome: its primary variant's, or the indication-needed one.
	 */
	static String templateName(GuidelineOutcome outcome) {
		return outcome.status() == OutcomeStatus.INDICATION_NEEDED ? outcome.guidelineId() + "/" + INDICATION_NEEDED
				: outcome.primaryMatch().orElseThrow().cardTemplate();
	}

	/**
	 * {@code consultId}: the one consultation identifier of this order's evaluation
	 * (Argonaut PAMA).
	 */
	CdsServiceResponseCardJson card(GuidelineOutcome outcome, String consultId) {
		CardTemplates.Template template = templates.get(templateName(outcome));
		Map<String, String> values = values(outcome);
		CdsServiceResponseCardJson card = new CdsServiceResponseCardJson().setUuid(uuids.get())
			.setSummary(summary(outcome, template, values))
			.setDetail(template.detail().fill(values))
			.setIndicator(indicator(outcome.indicator()))
			.setSource(new CdsServiceResponseCardSourceJson().setLabel(sourceLabel(outcome))
				.setUrl(outcome.narrativeUrl())
				.setTopic(new CdsServiceResponseCodingJson().setSystem(CodeSystems.CARD_TYPE)
					.setCode(template.cardType())
					.setDisplay(template.cardDisplay())))
			.setSelectionBehaviour("at-most-one")
			.setOverrideReasons(OverrideReason.asCodings(template.overrideReasons()))
			.setLinks(List.of(new CdsServiceResponseLinkJson()
				.setLabel("ACR Appropriateness Criteria: Low Back Pain (narrative and evidence)")
				.setUrl(outcome.narrativeUrl())
				.setType("absolute")));
		if (outcome.status() == OutcomeStatus.INDICATION_NEEDED) {
			for (IndicationScenario scenario : outcome.scenarios()) {
				card.addSuggestion(reasonSuggestion(outcome, scenario));
			}
		}
		else if (outcome.recommendation() == Recommendation.REMOVE_ORDER) {
			card.addSuggestion(removal(outcome));
		}
		else if (outcome.recommendation() == Recommendation.RAISE_PRIORITY) {
			card.addSuggestion(priorityRaise(outcome, consultId));
		}
		else {
			for (StudyOption option : outcome.suggestions()) {
				card.addSuggestion(suggestion(outcome, option, consultId));
			}
		}
		return card;
	}

	private static String sourceLabel(GuidelineOutcome outcome) {
		return outcome.primaryMatch()
			.map(match -> outcome.title() + ", variant " + number(match))
			.orElse(outcome.title());
	}

	private static CdsServiceIndicatorEnum indicator(Indicator indicator) {
		return switch (indicator) {
			case CRITICAL -> CdsServiceIndicatorEnum.CRITICAL;
			case WARNING -> CdsServiceIndicatorEnum.WARNING;
			default -> CdsServiceIndicatorEnum.INFO;
		};
	}

	private CdsServiceResponseSuggestionJson suggestion(GuidelineOutcome outcome, StudyOption option,
			String consultId) {
		boolean add = outcome.recommendation() == Recommendation.ADD_ORDER;
		ServiceRequest order = add ? suggestedOrder.besides(outcome, option, consultId)
				: suggestedOrder.replacing(outcome, option, consultId);
		Optional<String> priority = SuggestedOrder.priorityOf(outcome).map(code -> code.toUpperCase(Locale.ROOT));
		String title = studies.title(option.study());
		String prioritised = priority.map(code -> code + " ").orElse("") + title;
		CdsServiceResponseSuggestionActionJson action = new CdsServiceResponseSuggestionActionJson()
			.setType(add ? "create" : "update")
			.setDescription(add
					? "Add a new order for " + prioritised + " beside the " + outcome.ordered().category().label()
							+ " order"
					: "Change the " + outcome.ordered().category().label() + " order to " + prioritised)
			.setResource(order);
		CdsServiceResponseSuggestionJson suggestion = new CdsServiceResponseSuggestionJson()
			.setLabel((add ? "Add " : "Change to ") + title + " (" + priority.map(code -> code + "; ").orElse("")
					+ acr(option.rating()) + ")")
			.setUuid(uuids.get())
			.setRecommended(option.recommended());
		suggestion.addAction(action);
		return suggestion;
	}

	private CdsServiceResponseSuggestionJson removal(GuidelineOutcome outcome) {
		String ordered = outcome.ordered().category().label();
		CdsServiceResponseSuggestionJson suggestion = new CdsServiceResponseSuggestionJson()
			.setLabel("Remove the " + ordered + " order (no imaging indicated now)")
			.setUuid(uuids.get())
			.setRecommended(true);
		suggestion.addAction(new DeleteActionJson()
			.setResourceId("ServiceRequest/" + outcome.ordered().order().getIdElement().getIdPart())
			.setType("delete")
			.setDescription("Remove the draft order for " + ordered));
		return suggestion;
	}

	private CdsServiceResponseSuggestionJson priorityRaise(GuidelineOutcome outcome, String consultId) {
		String ordered = outcome.ordered().category().label();
		CdsServiceResponseSuggestionJson suggestion = new CdsServiceResponseSuggestionJson()
			.setLabel("Make the " + ordered + " order STAT"
					+ outcome.rating().map(rating -> " (" + acr(rating) + ")").orElse(""))
			.setUuid(uuids.get())
			.setRecommended(true);
		suggestion.addAction(new CdsServiceResponseSuggestionActionJson().setType("update")
			.setDescription("Set the priority of the " + ordered + " order to STAT")
			.setResource(SuggestedOrder.stat(outcome, consultId)));
		return suggestion;
	}

	/** How a suggestion's label names the study's rating: "ACR: usually appropriate". */
	private static String acr(AcrRating rating) {
		return "ACR: " + rating.label().toLowerCase(Locale.ROOT);
	}

	private CdsServiceResponseSuggestionJson reasonSuggestion(GuidelineOutcome outcome, IndicationScenario scenario) {
		CdsServiceResponseSuggestionJson suggestion = new CdsServiceResponseSuggestionJson()
			.setLabel("Reason: " + scenario.label())
			.setUuid(uuids.get())
			.setRecommended(false);
		suggestion.addAction(new CdsServiceResponseSuggestionActionJson().setType("update")
			.setDescription("Add the reason " + scenario.reasonCode().getDisplay() + " ("
					+ CodeSystems.shortName(scenario.reasonCode().getSystem()) + " " + scenario.reasonCode().getCode()
					+ ") to the " + outcome.ordered().category().label() + " order")
			.setResource(SuggestedOrder.withReason(outcome, scenario.reasonCode())));
		return suggestion;
	}

	private static String summary(GuidelineOutcome outcome, CardTemplates.Template template,
			Map<String, String> values) {
		TemplateText text = outcome.indicator() == Indicator.CRITICAL ? template.summaryCritical() : template.summary();
		List<String> risks = risks(outcome);
		// Name up to two risks, fewer rather than cut the action short; the detail lists
		// them all.
		for (int named = Math.min(2, risks.size()); named >= 0; named--) {
			Map<String, String> withRisks = new HashMap<>(values);
			withRisks.put("risks", named == 0 ? "" : ", " + String.join(", ", risks.subList(0, named)));
			String summary = fillInline(text, withRisks);
			if (summary.length() <= MAX_SUMMARY) {
				return summary;
			}
		}
		return fillInline(text, values).substring(0, MAX_SUMMARY - 1) + "…";
	}

	private static String fillInline(TemplateText text, Map<String, String> values) {
		return text.fill(values).strip();
	}

	/**
	 * One brief per kind of risk, so that three kidney findings do not crowd out an
	 * implant.
	 */
	private static List<String> risks(GuidelineOutcome outcome) {
		return List.copyOf(outcome.safety()
			.contraindications()
			.stream()
			.collect(Collectors.toMap(SafetyFinding::concern, SafetyFinding::brief, (first, next) -> first,
					LinkedHashMap::new))
			.values());
	}

	private Map<String, String> values(GuidelineOutcome outcome) {
		Map<String, String> values = new HashMap<>();
		String ordered = outcome.ordered().category().label();
		values.put("ordered", ordered);
		values.put("orderedCode", CodeSystems.shortName(outcome.ordered().matchedCode().getSystem()) + " "
				+ outcome.ordered().matchedCode().getCode());
		values.put("rating", outcome.rating().map(AcrRating::label).orElse("not rated by the ACR table"));
		Optional<StudyOption> recommended = outcome.recommended();
		values.put("recommended", recommended.map(option -> option.study().label()).orElse(""));
		values.put("protocol", recommended.map(option -> studies.protocol(option.study())).orElse(""));
		values.put("action", action(outcome));
		values.put("risks", "");
		values.put("narrativeUrl", outcome.narrativeUrl());
		values.put("critical", outcome.indicator() == Indicator.CRITICAL ? "**Emergency:**" : "");
		values.put("ifNoHardware", outcome.safety().has(SafetyConcern.SPINAL_HARDWARE) ? "" : "-");
		values.put("ifNoPeroneal", outcome.safety().has(SafetyConcern.PERONEAL_NEUROPATHY) ? "" : "-");
		values.put("safety", safety(outcome));
		values.put("studies", studies(outcome));
		values.put("scenarios", scenarios(outcome));
		outcome.primaryMatch().ifPresent(match -> {
			values.put("variant", "variant " + number(match));
			values.put("wording", match.wording());
			values.put("findings", findings(match.findings()));
			values.putAll(match.details());
		});
		values.put("otherMatches", otherMatches(outcome));
		return values;
	}

	private static String number(VariantMatch match) {
		return match.variantId().startsWith("V") ? match.variantId().substring(1) : match.variantId();
	}

	private static String action(GuidelineOutcome outcome) {
		if (outcome.recommendation() == Recommendation.REMOVE_ORDER) {
			return "no imaging now; remove the " + outcome.ordered().category().label() + " order";
		}
		Optional<StudyOption> recommended = outcome.recommended();
		if (recommended.isEmpty()) {
			return "";
		}
		String target = recommended.get().study().label();
		boolean add = outcome.recommendation() == Recommendation.ADD_ORDER;
		if (outcome.indicator() == Indicator.CRITICAL) {
			return (add ? "add " : "") + "STAT " + target;
		}
		if (outcome.safety().avoidMri()) {
			return "check the implant before any MRI, or order " + target;
		}
		if (!risks(outcome).isEmpty()) {
			return add ? "add " + target : "order " + target + " instead";
		}
		return add ? "radiographs miss nerve compression; add " + target
				: "change " + outcome.ordered().category().label() + " to " + target;
	}

	private static String findings(List<Finding> findings) {
		Set<String> lines = new LinkedHashSet<>();
		for (Finding finding : findings) {
			lines.add("- " + finding.criterion().label() + ": " + finding.text(CodeSystems::shortName));
		}
		return String.join("\n", lines);
	}

	private static String otherMatches(GuidelineOutcome outcome) {
		StringBuilder md = new StringBuilder();
		for (RatedMatch rated : outcome.matches()
			.subList(Math.min(1, outcome.matches().size()), outcome.matches().size())) {
			VariantMatch match = rated.match();
			md.append("- Variant ")
				.append(number(match))
				.append(", ")
				.append(match.wording())
				.append(" Ordered study: ")
				.append(rated.orderedRating().map(AcrRating::label).orElse("not rated"))
				.append(". Because of: ")
				.append(match.findings()
					.stream()
					.map(finding -> finding.text(CodeSystems::shortName))
					.distinct()
					.collect(Collectors.joining("; ")))
				.append('\n');
		}
		return md.isEmpty() ? ""
				: "**Also applies** (the ordered study's rating is the best of these)\n" + md.toString().strip();
	}

	private static String studies(GuidelineOutcome outcome) {
		if (outcome.status() != OutcomeStatus.RATED) {
			return "";
		}
		StringBuilder md = new StringBuilder();
		md.append("- Ordered, ")
			.append(outcome.ordered().category().label())
			.append(": ")
			.append(outcome.rating().map(AcrRating::label).orElse("not rated by the ACR table"));
		outcome.primary()
			.filter(primary -> outcome.matches().size() > 1)
			.flatMap(RatedMatch::orderedRating)
			.filter(primaryRating -> outcome.rating().map(best -> best != primaryRating).orElse(false))
			.ifPresent(primaryRating -> md.append(" (best of the variants that apply; ")
				.append(primaryRating.label().toLowerCase(Locale.ROOT))
				.append(" in variant ")
				.append(number(outcome.primaryMatch().get()))
				.append(')'));
		md.append('\n');
		for (StudyOption option : outcome.suggestions()) {
			md.append("- ")
				.append(option.recommended() ? "Recommended" : "Offered, not recommended")
				.append(", ")
				.append(option.study().label())
				.append(": ")
				.append(option.rating().label())
				.append('\n');
		}
		return md.toString().strip();
	}

	private static String safety(GuidelineOutcome outcome) {
		StringBuilder md = new StringBuilder();
		if (!outcome.safety().contraindications().isEmpty()) {
			md.append("**Safety**\n");
			for (SafetyFinding finding : outcome.safety().contraindications()) {
				md.append("- ")
					.append(finding.evidence())
					.append(": ")
					.append(SafetyAdvice.of(finding.concern()))
					.append('\n');
			}
			outcome.recommended()
				.ifPresent(option -> md.append("- So ")
					.append(option.study().label())
					.append(" is recommended, not MRI with gadolinium.\n"));
			md.append('\n');
		}
		// "No recent eGFR" is about gadolinium: noise on a card that neither orders nor
		// offers it.
		boolean gadolinium = outcome.ordered().category().gadolinium()
				|| outcome.options().stream().anyMatch(option -> option.study().gadolinium());
		List<SafetyFinding> notes = outcome.safety()
			.notes()
			.stream()
			.filter(finding -> gadolinium || finding.concern() != SafetyConcern.NO_RECENT_EGFR)
			.toList();
		if (!notes.isEmpty()) {
			md.append("**Also noted**\n");
			for (SafetyFinding finding : notes) {
				md.append("- ").append(finding.evidence()).append(SafetyAdvice.suffix(finding.concern())).append('\n');
			}
		}
		return md.toString().strip();
	}

	private static String scenarios(GuidelineOutcome outcome) {
		return outcome.scenarios()
			.stream()
			.map(scenario -> "- " + scenario.label() + " (variant " + scenario.variantId().substring(1) + "): "
					+ scenario.reasonCode().getDisplay() + " ("
					+ CodeSystems.shortName(scenario.reasonCode().getSystem()) + " " + scenario.reasonCode().getCode()
					+ ")")
			.collect(Collectors.joining("\n"));
	}

}

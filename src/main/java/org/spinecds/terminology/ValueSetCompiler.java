package org.spinecds.terminology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptReferenceComponent;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetFilterComponent;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionContainsComponent;

/**
 * Turns one parsed ValueSet into a {@link ValueSetPart}. Supported:
 * {@code compose.include} with {@code concept}, {@code filter} (property {@code code}, op
 * {@code regex}) or {@code valueSet}; {@code compose.exclude} with {@code concept};
 * {@code expansion.contains}. Anything else is a load error, because silently ignoring it
 * would change what the value set means.
 */
final class ValueSetCompiler {

	private final String source;

	private final Map<String, Set<String>> codes = new HashMap<>();

	private final List<CodeFilter> filters = new ArrayList<>();

	private final List<String> includedUrls = new ArrayList<>();

	private final Map<String, Set<String>> excluded = new HashMap<>();

	private ValueSetCompiler(String source) {
		this.source = source;
	}

	static ValueSetPart compile(ValueSet valueSet, String source) {
		return new ValueSetCompiler(source).run(valueSet);
	}

	private ValueSetPart run(ValueSet valueSet) {
		if (!valueSet.hasUrl()) {
			throw error("ValueSet has no url");
		}
		for (ConceptSetComponent include : valueSet.getCompose().getInclude()) {
			addInclude(include);
		}
		for (ConceptSetComponent exclude : valueSet.getCompose().getExclude()) {
			addExclude(exclude);
		}
		addExpansion(valueSet.getExpansion().getContains());
		if (codes.isEmpty() && filters.isEmpty() && includedUrls.isEmpty()) {
			throw error("ValueSet " + valueSet.getUrl() + " defines no codes");
		}
		String title = valueSet.hasTitle() ? valueSet.getTitle() : valueSet.getName();
		return new ValueSetPart(source, valueSet.getUrl(), title, codes, filters, includedUrls, excluded);
	}

	private void addInclude(ConceptSetComponent include) {
		if (include.hasValueSet()) {
			if (include.hasSystem() || include.hasConcept() || include.hasFilter()) {
				throw error(
						"compose.include combining valueSet with system/concept/filter (an intersection) is not supported");
			}
			for (CanonicalType reference : include.getValueSet()) {
				includedUrls.add(withoutVersion(reference.getValue()));
			}
			return;
		}
		String system = requireSystem(include, "compose.include");
		if (include.hasConcept() && include.hasFilter()) {
			throw error("compose.include for " + system + " has both concept and filter");
		}
		if (include.hasConcept()) {
			addConcepts(codes, system, include.getConcept());
		}
		else if (include.hasFilter()) {
			filters.add(new CodeFilter(system, include.getFilter().stream().map(this::toPattern).toList()));
		}
		else {
			throw error("compose.include of all of " + system + " (no concept or filter) is not supported");
		}
	}

	private void addExclude(ConceptSetComponent exclude) {
		String system = requireSystem(exclude, "compose.exclude");
		if (exclude.hasFilter() || exclude.hasValueSet() || !exclude.hasConcept()) {
			throw error("compose.exclude for " + system + " must list concepts; filter and valueSet are not supported");
		}
		addConcepts(excluded, system, exclude.getConcept());
	}

	private void addExpansion(List<ValueSetExpansionContainsComponent> contains) {
		for (ValueSetExpansionContainsComponent entry : contains) {
			if (entry.hasCode()) {
				if (!entry.hasSystem()) {
					throw error("expansion.contains code " + entry.getCode() + " has no system");
				}
				add(codes, entry.getSystem(), entry.getCode());
			}
			addExpansion(entry.getContains());
		}
	}

	private Pattern toPattern(ConceptSetFilterComponent filter) {
		String op = filter.getOpElement().getValueAsString();
		if (!"code".equals(filter.getProperty()) || !"regex".equals(op)) {
			throw error("unsupported filter property '" + filter.getProperty() + "' op '" + op
					+ "' (only property 'code' with op 'regex' is supported)");
		}
		if (!filter.hasValue()) {
			throw error("regex filter has no value");
		}
		try {
			return Pattern.compile(filter.getValue());
		}
		catch (PatternSyntaxException e) {
			throw new TerminologyLoadException(
					"Value set file " + source + ": invalid regex '" + filter.getValue() + "'", e);
		}
	}

	private void addConcepts(Map<String, Set<String>> target, String system, List<ConceptReferenceComponent> concepts) {
		for (ConceptReferenceComponent concept : concepts) {
			if (!concept.hasCode()) {
				throw error("a concept of " + system + " has no code");
			}
			add(target, system, concept.getCode());
		}
	}

	private static void add(Map<String, Set<String>> target, String system, String code) {
		target.computeIfAbsent(system, s -> new HashSet<>()).add(CodeNormalizer.normalize(system, code));
	}

	private String requireSystem(ConceptSetComponent component, String where) {
		if (!component.hasSystem()) {
			throw error(where + " has neither system nor valueSet");
		}
		return component.getSystem();
	}

	private static String withoutVersion(String canonical) {
		int bar = canonical.indexOf('|');
		return bar < 0 ? canonical : canonical.substring(0, bar);
	}

	private TerminologyLoadException error(String detail) {
		return new TerminologyLoadException("Value set file " + source + ": " + detail);
	}

}

package org.spinecds.terminology;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * Immutable, thread-safe registry of compiled value sets keyed by canonical URL (see
 * {@link ValueSetUrls}). Systems and codes compare exactly, except that ICD-10-CM codes
 * also match without their dot ({@link CodeNormalizer}). An unknown value set URL is a
 * programming error and throws {@link IllegalArgumentException}; missing or partial data
 * is simply no match.
 */
public final class ValueSets {

	private final Map<String, CompiledValueSet> byUrl;

	ValueSets(Map<String, CompiledValueSet> byUrl) {
		this.byUrl = Map.copyOf(byUrl);
	}

	public boolean contains(String valueSetUrl, String system, String code) {
		CompiledValueSet valueSet = require(valueSetUrl);
		return system != null && code != null && valueSet.contains(system, CodeNormalizer.normalize(system, code));
	}

	/**
	 * The first coding of {@code concept} that is in the value set, as given (not
	 * normalized).
	 */
	public Optional<Coding> firstMatch(String valueSetUrl, CodeableConcept concept) {
		CompiledValueSet valueSet = require(valueSetUrl);
		if (concept == null) {
			return Optional.empty();
		}
		return concept.getCoding()
			.stream()
			.filter(coding -> coding != null && coding.getSystem() != null && coding.getCode() != null)
			.filter(coding -> valueSet.contains(coding.getSystem(),
					CodeNormalizer.normalize(coding.getSystem(), coding.getCode())))
			.findFirst();
	}

	/** The first matching coding across {@code concepts}, in list order. */
	public Optional<Coding> firstMatch(String valueSetUrl, List<CodeableConcept> concepts) {
		require(valueSetUrl);
		if (concepts == null) {
			return Optional.empty();
		}
		for (CodeableConcept concept : concepts) {
			Optional<Coding> match = firstMatch(valueSetUrl, concept);
			if (match.isPresent()) {
				return match;
			}
		}
		return Optional.empty();
	}

	/**
	 * The explicitly listed codes as FHIR search tokens ("system|code"), for building
	 * queries. Codes matched only by a filter are not listed.
	 */
	public SortedSet<String> listedCodes(String valueSetUrl) {
		return Collections.unmodifiableSortedSet(require(valueSetUrl).listedCodes());
	}

	public Set<String> urls() {
		return byUrl.keySet();
	}

	/** The value set's title (or name if it has no title). */
	public Optional<String> title(String valueSetUrl) {
		return Optional.ofNullable(require(valueSetUrl).title());
	}

	int codeCount() {
		return byUrl.values().stream().mapToInt(CompiledValueSet::codeCount).sum();
	}

	int filterCount() {
		return byUrl.values().stream().mapToInt(CompiledValueSet::filterCount).sum();
	}

	private CompiledValueSet require(String valueSetUrl) {
		CompiledValueSet valueSet = valueSetUrl == null ? null : byUrl.get(valueSetUrl);
		if (valueSet == null) {
			throw new IllegalArgumentException("Unknown value set URL: " + valueSetUrl);
		}
		return valueSet;
	}

}

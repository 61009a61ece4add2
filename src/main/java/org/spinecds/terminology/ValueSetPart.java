package org.spinecds.terminology;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one value set file contributes to the value set at {@code url}. Codes are stored
 * normalized (see {@link CodeNormalizer}); {@code includedUrls} are resolved later by
 * {@link ValueSetResolver}.
 */
record ValueSetPart(String source, String url, String title, Map<String, Set<String>> codesBySystem,
		List<CodeFilter> filters, List<String> includedUrls, Map<String, Set<String>> excludedBySystem) {

	ValueSetPart {
		codesBySystem = Map.copyOf(codesBySystem);
		filters = List.copyOf(filters);
		includedUrls = List.copyOf(includedUrls);
		excludedBySystem = Map.copyOf(excludedBySystem);
	}

	/** Listed explicitly or matched by a filter; ignores includes and excludes. */
	boolean listsOrMatches(String system, String code) {
		if (codesBySystem.getOrDefault(system, Set.of()).contains(code)) {
			return true;
		}
		for (CodeFilter filter : filters) {
			if (filter.matches(system, code)) {
				return true;
			}
		}
		return false;
	}

	boolean excludes(String system, String code) {
		return excludedBySystem.getOrDefault(system, Set.of()).contains(code);
	}

	int codeCount() {
		return codesBySystem.values().stream().mapToInt(Set::size).sum();
	}
}

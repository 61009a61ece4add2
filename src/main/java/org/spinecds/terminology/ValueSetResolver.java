package org.spinecds.terminology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds {@link CompiledValueSet}s, resolving {@code compose.include.valueSet} references
 * depth-first.
 */
final class ValueSetResolver {

	private final Map<String, List<ValueSetPart>> partsByUrl;

	private final Map<String, CompiledValueSet> done = new HashMap<>();

	private final Set<String> inProgress = new LinkedHashSet<>();

	private ValueSetResolver(Map<String, List<ValueSetPart>> partsByUrl) {
		this.partsByUrl = partsByUrl;
	}

	static Map<String, CompiledValueSet> resolve(Map<String, List<ValueSetPart>> partsByUrl) {
		ValueSetResolver resolver = new ValueSetResolver(partsByUrl);
		partsByUrl.keySet().forEach(resolver::build);
		return Map.copyOf(resolver.done);
	}

	private CompiledValueSet build(String url) {
		CompiledValueSet existing = done.get(url);
		if (existing != null) {
			return existing;
		}
		if (!inProgress.add(url)) {
			throw new TerminologyLoadException(
					"Value set include cycle: " + String.join(" -> ", inProgress) + " -> " + url);
		}
		List<CompiledValueSet.Member> members = new ArrayList<>();
		for (ValueSetPart part : partsByUrl.get(url)) {
			List<CompiledValueSet> included = new ArrayList<>();
			for (String includedUrl : part.includedUrls()) {
				if (!partsByUrl.containsKey(includedUrl)) {
					throw new TerminologyLoadException("Value set file " + part.source()
							+ ": compose.include.valueSet references unknown value set " + includedUrl);
				}
				included.add(build(includedUrl));
			}
			members.add(new CompiledValueSet.Member(part, included));
		}
		String title = partsByUrl.get(url)
			.stream()
			.map(ValueSetPart::title)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		CompiledValueSet compiled = new CompiledValueSet(url, title, members);
		inProgress.remove(url);
		done.put(url, compiled);
		return compiled;
	}

}

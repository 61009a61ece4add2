package org.spinecds.terminology;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@code compose.include} with {@code filter}s: every regex must match the whole code.
 */
record CodeFilter(String system, List<Pattern> patterns) {

	CodeFilter {
		patterns = List.copyOf(patterns);
	}

	boolean matches(String system, String code) {
		return this.system.equals(system) && patterns.stream().allMatch(p -> p.matcher(code).matches());
	}
}

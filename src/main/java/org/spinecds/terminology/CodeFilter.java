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
		if (!this.system.equals(system)) {
			return false;
		}
		for (Pattern pattern : patterns) {
			if (!pattern.matcher(code).matches()) {
				return false;
			}
		}
		return true;
	}
}

package org.spinecds.feedback;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Fits values into the store's columns. */
final class Columns {

	private Columns() {
	}

	/** Client-supplied text is cut, not refused, where the store's column is shorter. */
	static String fit(String value, int maxLength) {
		return value == null || value.length() <= maxLength ? value : value.substring(0, maxLength);
	}

	static String spaceSeparated(List<String> values, int maxLength) {
		return values.isEmpty() ? null : fit(String.join(" ", values), maxLength);
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}

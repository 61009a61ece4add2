package org.spinecds.cards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A card template's text, split once when loaded into lines of literal text and
 * {@code {{placeholder}}}s, so that filling it on each hook call is appending strings.
 * Filling drops a line whose placeholders are all empty, leaves no run of more than one
 * blank line where lines were dropped, no blank line first and one newline last.
 */
final class TemplateText {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

	private final List<Line> lines;

	private final int length;

	private TemplateText(List<Line> lines, int length) {
		this.lines = lines;
		this.length = length;
	}

	/** One line: literal parts at even positions, placeholder names at odd ones. */
	private record Line(List<String> parts) {

		boolean hasPlaceholders() {
			return parts.size() > 1;
		}

	}

	static TemplateText parse(String text) {
		List<Line> lines = new ArrayList<>();
		for (String line : text.split("\n", -1)) {
			List<String> parts = new ArrayList<>();
			Matcher matcher = PLACEHOLDER.matcher(line);
			int literalStart = 0;
			while (matcher.find()) {
				parts.add(line.substring(literalStart, matcher.start()));
				parts.add(matcher.group(1));
				literalStart = matcher.end();
			}
			parts.add(line.substring(literalStart));
			lines.add(new Line(List.copyOf(parts)));
		}
		return new TemplateText(List.copyOf(lines), text.length());
	}

	/** The placeholder names used, in order of first use. */
	Set<String> placeholders() {
		Set<String> names = new LinkedHashSet<>();
		for (Line line : lines) {
			for (int part = 1; part < line.parts().size(); part += 2) {
				names.add(line.parts().get(part));
			}
		}
		return names;
	}

	/** The text with each placeholder replaced by its value (missing: empty). */
	String fill(Map<String, String> values) {
		StringBuilder out = new StringBuilder(length + 256);
		for (Line line : lines) {
			int lineStart = out.length();
			boolean filled = !line.hasPlaceholders();
			List<String> parts = line.parts();
			for (int part = 0; part < parts.size(); part++) {
				if (part % 2 == 0) {
					out.append(parts.get(part));
				}
				else {
					String value = values.getOrDefault(parts.get(part), "");
					filled |= !value.isEmpty();
					out.append(value);
				}
			}
			if (filled) {
				out.append('\n');
			}
			else {
				out.setLength(lineStart);
			}
		}
		return withoutBlankRuns(out);
	}

	/**
	 * Drops leading newlines, keeps at most two in a row (one blank line), ends with one
	 * newline; values may bring newlines of their own, so this works on the characters.
	 */
	private static String withoutBlankRuns(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		int newlines = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				newlines++;
				continue;
			}
			if (out.length() > 0) {
				out.append(newlines >= 2 ? "\n\n" : newlines == 1 ? "\n" : "");
			}
			newlines = 0;
			out.append(c);
		}
		if (newlines > 0 && out.length() > 0) {
			out.append('\n');
		}
		return out.toString();
	}

}

package org.spinecds.cards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Card prose as templates a clinician can review: {@code cards/templates/<name>.md}, a
 * front matter of {@code key: value} lines between {@code ---} lines, then the detail in
 * Markdown. {@code {{placeholder}}} is replaced by its value; a line whose placeholders
 * are all empty is dropped. Front matter: {@code card-type} (the card's topic code, also
 * the alert-fatigue key), {@code card-display}, {@code summary}, optional
 * {@code summary-critical} (when the card is critical), {@code override-reasons}
 * (comma-separated {@link OverrideReason} codes). Every template, every key and every
 * placeholder is checked when loaded: a mistake stops the start.
 */
public final class CardTemplates {

	static final String FOLDER = "/cards/templates/";

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

	private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");

	private static final Pattern LEADING_BLANKS = Pattern.compile("^\n+");

	private static final Pattern TRAILING_BLANKS = Pattern.compile("\n+$");

	private static final Set<String> KEYS = Set.of("card-type", "card-display", "summary", "summary-critical",
			"override-reasons");

	private final Map<String, Template> templates;

	private CardTemplates(Map<String, Template> templates) {
		this.templates = templates;
	}

	/** One card's words, before the placeholders are filled. */
	record Template(String name, String cardType, String cardDisplay, String summary, String summaryCritical,
			List<OverrideReason> overrideReasons, String detail) {
	}

	/**
	 * Loads the named templates (e.g. "acr-low-back-pain/v1"); {@code placeholders} are
	 * the names a card may fill.
	 */
	public static CardTemplates load(Collection<String> names, Set<String> placeholders) {
		Map<String, Template> loaded = new LinkedHashMap<>();
		for (String name : names) {
			loaded.put(name, parse(name, read(name), placeholders));
		}
		return new CardTemplates(loaded);
	}

	Template get(String name) {
		Template template = templates.get(name);
		if (template == null) {
			throw new IllegalArgumentException("No card template " + name + " loaded");
		}
		return template;
	}

	/** Fills the placeholders; drops a line whose placeholders are all empty. */
	static String fill(String text, Map<String, String> values) {
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			Matcher matcher = PLACEHOLDER.matcher(line);
			boolean any = false;
			boolean filled = false;
			StringBuilder replaced = new StringBuilder();
			while (matcher.find()) {
				any = true;
				String value = values.getOrDefault(matcher.group(1), "");
				filled |= !value.isEmpty();
				matcher.appendReplacement(replaced, Matcher.quoteReplacement(value));
			}
			matcher.appendTail(replaced);
			if (!any || filled) {
				out.append(replaced).append('\n');
			}
		}
		String result = out.toString();
		// no run of blank lines where sections were dropped; one trailing newline
		result = BLANK_RUNS.matcher(result).replaceAll("\n\n");
		result = LEADING_BLANKS.matcher(result).replaceAll("");
		return TRAILING_BLANKS.matcher(result).replaceAll("\n");
	}

	private static String read(String name) {
		String file = FOLDER + name + ".md";
		try (InputStream in = CardTemplates.class.getResourceAsStream(file)) {
			if (in == null) {
				throw new IllegalStateException("Missing card template " + file);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Template parse(String name, String text, Set<String> placeholders) {
		List<String> problems = new ArrayList<>();
		if (!text.startsWith("---\n") || text.indexOf("\n---\n", 3) < 0) {
			throw new IllegalStateException("Card template " + name + " has no front matter between --- lines");
		}
		int end = text.indexOf("\n---\n", 3);
		Map<String, String> front = new LinkedHashMap<>();
		for (String line : text.substring(4, end).split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int colon = line.indexOf(':');
			if (colon < 0) {
				problems.add("front matter line without a key: " + line);
				continue;
			}
			String key = line.substring(0, colon).trim();
			if (!KEYS.contains(key)) {
				problems.add("unknown key " + key);
			}
			front.put(key, line.substring(colon + 1).trim());
		}
		String detail = text.substring(end + 5);
		for (String required : List.of("card-type", "card-display", "summary", "override-reasons")) {
			if (front.getOrDefault(required, "").isEmpty()) {
				problems.add("no " + required);
			}
		}
		List<OverrideReason> reasons = new ArrayList<>();
		for (String code : front.getOrDefault("override-reasons", "").split(",")) {
			if (!code.isBlank()) {
				OverrideReason.ofCode(code.trim())
					.ifPresentOrElse(reasons::add, () -> problems.add("unknown override reason " + code.trim()
							+ " (known: " + Arrays.toString(OverrideReason.codes()) + ")"));
			}
		}
		for (String part : List.of(detail, front.getOrDefault("summary", ""),
				front.getOrDefault("summary-critical", ""))) {
			Matcher matcher = PLACEHOLDER.matcher(part);
			while (matcher.find()) {
				if (!placeholders.contains(matcher.group(1))) {
					problems.add("unknown placeholder {{" + matcher.group(1) + "}}");
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Card template " + name + " is not valid: " + String.join("; ", problems));
		}
		return new Template(name, front.get("card-type"), front.get("card-display"), front.get("summary"),
				front.getOrDefault("summary-critical", front.get("summary")), reasons, detail);
	}

}

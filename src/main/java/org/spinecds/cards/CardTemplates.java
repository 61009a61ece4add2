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

	private static final Set<String> KEYS = Set.of("card-type", "card-display", "summary", "summary-critical",
			"override-reasons");

	private final Map<String, Template> templates;

	private CardTemplates(Map<String, Template> templates) {
		this.templates = templates;
	}

	/** One card's words, before the placeholders are filled. */
	record Template(String name, String cardType, String cardDisplay, TemplateText summary,
			TemplateText summaryCritical, List<OverrideReason> overrideReasons, TemplateText detail) {
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
		TemplateText detailText = TemplateText.parse(detail);
		TemplateText summary = TemplateText.parse(front.getOrDefault("summary", ""));
		TemplateText summaryCritical = front.containsKey("summary-critical")
				? TemplateText.parse(front.get("summary-critical")) : summary;
		for (TemplateText part : List.of(detailText, summary, summaryCritical)) {
			for (String placeholder : part.placeholders()) {
				if (!placeholders.contains(placeholder)) {
					problems.add("unknown placeholder {{" + placeholder + "}}");
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Card template " + name + " is not valid: " + String.join("; ", problems));
		}
		return new Template(name, front.get("card-type"), front.get("card-display"), summary, summaryCritical, reasons,
				detailText);
	}

}

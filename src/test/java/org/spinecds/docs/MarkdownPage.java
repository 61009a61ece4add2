package org.spinecds.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Markdown page, split the way GitHub renders it: code blocks (indented or fenced),
 * the prose around them with its inline code spans and links, and the anchors its
 * headings get.
 */
record MarkdownPage(Path file, List<String> codeLines, String prose) {

	private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

	private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]+)`");

	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$", Pattern.MULTILINE);

	record Link(String path, String anchor) {
	}

	static MarkdownPage read(Path file) {
		try {
			return parse(file, Files.readString(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static MarkdownPage parse(Path file, String text) {
		List<String> code = new ArrayList<>();
		StringBuilder prose = new StringBuilder();
		boolean fenced = false;
		boolean indented = false;
		boolean previousBlank = true;
		for (String line : text.split("\n", -1)) {
			boolean blank = line.isBlank();
			if (line.startsWith("```")) {
				fenced = !fenced;
				prose.append('\n');
			}
			else if (fenced) {
				code.add(line);
				prose.append('\n');
			}
			else if (line.startsWith("    ") && (indented || previousBlank)) {
				indented = true;
				code.add(line.strip());
				prose.append('\n');
			}
			else {
				indented = indented && blank;
				prose.append(line).append('\n');
			}
			previousBlank = blank;
		}
		return new MarkdownPage(file, joinContinuations(code), prose.toString());
	}

	/** Shell commands continued with a trailing backslash, as one line each. */
	private static List<String> joinContinuations(List<String> lines) {
		List<String> joined = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : lines) {
			if (line.endsWith("\\")) {
				current.append(line, 0, line.length() - 1).append(' ');
			}
			else {
				joined.add(current.append(line).toString());
				current.setLength(0);
			}
		}
		if (!current.isEmpty()) {
			joined.add(current.toString());
		}
		return joined;
	}

	List<String> inlineCode() {
		List<String> spans = new ArrayList<>();
		Matcher matcher = INLINE_CODE.matcher(prose);
		while (matcher.find()) {
			spans.add(matcher.group(1));
		}
		return spans;
	}

	/** Links to this repository's files and anchors; web links are left out. */
	List<Link> relativeLinks() {
		List<Link> links = new ArrayList<>();
		Matcher matcher = LINK.matcher(prose);
		while (matcher.find()) {
			String target = matcher.group(1);
			if (target.matches("^[a-z]+:.*")) {
				continue;
			}
			int hash = target.indexOf('#');
			links.add(hash < 0 ? new Link(target, null)
					: new Link(target.substring(0, hash), target.substring(hash + 1)));
		}
		return links;
	}

	/** The ids GitHub gives the headings: a repeated heading gets -1, -2, ... */
	Set<String> anchors() {
		Set<String> anchors = new LinkedHashSet<>();
		Map<String, Integer> seen = new HashMap<>();
		Matcher matcher = HEADING.matcher(prose);
		while (matcher.find()) {
			String slug = slug(matcher.group(1));
			int count = seen.merge(slug, 1, Integer::sum);
			anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
		}
		return anchors;
	}

	static String slug(String heading) {
		String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").toLowerCase();
		return text.replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "").replace(' ', '-');
	}

}

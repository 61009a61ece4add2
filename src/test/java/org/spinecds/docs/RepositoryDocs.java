package org.spinecds.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's documentation as the tests read it: README.md and docs/*.md (the pages
 * whose commands are checked), and the READMEs of the example folders (whose links are
 * checked too). Paths resolve against the project directory, where Maven runs the tests
 * and where the docs' commands are run.
 */
final class RepositoryDocs {

	static final Path ROOT = Path.of("").toAbsolutePath();

	private RepositoryDocs() {
	}

	/** README.md and every page under docs/. */
	static List<MarkdownPage> pages() {
		List<MarkdownPage> pages = new ArrayList<>();
		pages.add(MarkdownPage.read(ROOT.resolve("README.md")));
		try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
			files.filter(file -> file.toString().endsWith(".md")).sorted().map(MarkdownPage::read).forEach(pages::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return pages;
	}

	/** The pages plus the READMEs of hooks/ and fhir-examples/. */
	static List<MarkdownPage> pagesAndExampleReadmes() {
		List<MarkdownPage> pages = new ArrayList<>(pages());
		pages.add(MarkdownPage.read(ROOT.resolve("hooks/README.md")));
		pages.add(MarkdownPage.read(ROOT.resolve("fhir-examples/README.md")));
		return pages;
	}

	static MarkdownPage page(String path) {
		return MarkdownPage.read(ROOT.resolve(path));
	}

	static String name(MarkdownPage page) {
		return ROOT.relativize(page.file()).toString();
	}

	static String read(String path) {
		try {
			return Files.readString(ROOT.resolve(path));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

package org.spinecds.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What README.md and docs/ point to exists: linked files and headings, the repository
 * paths they name, and the classes they name.
 */
class DocumentationLinksTest {

	private static final Pattern REPOSITORY_PATH = Pattern.compile(
			"(?<![\\w/.-])(?:\\./)?((?:src|hooks|fhir-examples|deploy|bench|docs|\\.ci)/[^\\s`'\"<>{}*$|()\\[\\],;]*)");

	private static final Pattern CLASS_NAME = Pattern.compile(
			"^(?:(hooks|patient|record|guideline|cards|terminology|feedback|security)\\.)?([A-Z][a-z0-9]+[A-Z]\\w*)$");

	private static final List<String> LIBRARY_PACKAGES = List.of("org.hl7.fhir.r4.model.", "ca.uhn.fhir.context.");

	@Test
	void everyRelativeLinkPointsToAFileOrFolderThatExists() {
		List<String> broken = new ArrayList<>();
		for (MarkdownPage page : RepositoryDocs.pagesAndExampleReadmes()) {
			for (MarkdownPage.Link link : page.relativeLinks()) {
				if (!link.path().isEmpty() && !Files.exists(target(page, link))) {
					broken.add(RepositoryDocs.name(page) + ": " + link.path());
				}
			}
		}
		assertThat(broken).as("links to files that do not exist").isEmpty();
	}

	@Test
	void everyAnchorOfALinkIsAHeadingOfItsPage() {
		List<String> broken = new ArrayList<>();
		for (MarkdownPage page : RepositoryDocs.pagesAndExampleReadmes()) {
			for (MarkdownPage.Link link : page.relativeLinks()) {
				if (link.anchor() == null) {
					continue;
				}
				Path target = link.path().isEmpty() ? page.file() : target(page, link);
				boolean found = target.toString().endsWith(".md") && Files.isRegularFile(target)
						&& MarkdownPage.read(target).anchors().contains(link.anchor());
				if (!found) {
					broken.add(RepositoryDocs.name(page) + ": " + link.path() + "#" + link.anchor());
				}
			}
		}
		assertThat(broken).as("links to headings that do not exist").isEmpty();
	}

	@Test
	void everyRepositoryPathTheDocsNameExists() {
		List<String> missing = new ArrayList<>();
		for (MarkdownPage page : RepositoryDocs.pages()) {
			List<String> texts = new ArrayList<>(page.codeLines());
			texts.addAll(page.inlineCode());
			for (String text : texts) {
				Matcher matcher = REPOSITORY_PATH.matcher(text);
				while (matcher.find()) {
					String path = matcher.group(1).replaceAll("[.:]+$", "");
					if (!Files.exists(RepositoryDocs.ROOT.resolve(path))) {
						missing.add(RepositoryDocs.name(page) + ": " + path);
					}
				}
			}
		}
		assertThat(missing).as("paths named in the docs that do not exist").isEmpty();
	}

	@Test
	void everyClassTheDocsNameExists() {
		List<String> missing = new ArrayList<>();
		for (MarkdownPage page : RepositoryDocs.pages()) {
			for (String span : page.inlineCode()) {
				Matcher matcher = CLASS_NAME.matcher(span);
				if (matcher.matches() && !classExists(matcher.group(1), matcher.group(2))) {
					missing.add(RepositoryDocs.name(page) + ": " + span);
				}
			}
		}
		assertThat(missing).as("classes named in the docs that do not exist").isEmpty();
	}

	private static Path target(MarkdownPage page, MarkdownPage.Link link) {
		return page.file().getParent().resolve(link.path()).normalize();
	}

	private static boolean classExists(String packageName, String className) {
		if (packageName != null) {
			return Files.exists(RepositoryDocs.ROOT
				.resolve("src/main/java/org/spinecds/" + packageName + "/" + className + ".java"));
		}
		for (String tree : List.of("src/main/java", "src/test/java")) {
			try (Stream<Path> files = Files.walk(RepositoryDocs.ROOT.resolve(tree))) {
				if (files.anyMatch(file -> file.getFileName().toString().equals(className + ".java"))) {
					return true;
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return LIBRARY_PACKAGES.stream().anyMatch(prefix -> loads(prefix + className));
	}

	private static boolean loads(String name) {
		try {
			Class.forName(name, false, DocumentationLinksTest.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException e) {
			return false;
		}
	}

}

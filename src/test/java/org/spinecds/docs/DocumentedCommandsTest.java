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
 * The commands in README.md and docs/ work as written, as far as can be checked offline:
 * the files they send exist, the tests and benchmark options they name exist, the
 * artifact names carry the project's version, and README's test command is the one CI
 * runs.
 */
class DocumentedCommandsTest {

	private static final Pattern DATA_FILE = Pattern.compile("(?:--data(?:-binary|-raw)?|-d)\\s+@(\\S+)");

	private static final Pattern TEST_CLASS = Pattern.compile("-Dtest='?([A-Za-z0-9_]+)'?");

	private static final Pattern BENCHMARK_OPTION = Pattern.compile("(?<![\\w-])--([a-z][a-z-]*)=");

	private static final Pattern ARTIFACT_VERSION = Pattern
		.compile("spine-imaging-cds(?:-(\\d[\\w.-]*?)\\.jar|:(\\d[\\w.-]*))");

	@Test
	void everyFileACommandSendsExists() {
		List<String> missing = new ArrayList<>();
		List<String> sent = new ArrayList<>();
		for (MarkdownPage page : RepositoryDocs.pages()) {
			for (String line : page.codeLines()) {
				Matcher matcher = DATA_FILE.matcher(line);
				while (matcher.find()) {
					String file = matcher.group(1);
					if (!file.equals("-")) {
						sent.add(file);
						if (!Files.isRegularFile(RepositoryDocs.ROOT.resolve(file))) {
							missing.add(RepositoryDocs.name(page) + ": " + file);
						}
					}
				}
			}
		}
		assertThat(sent).as("README's Try it sends a hooks/ request").isNotEmpty();
		assertThat(missing).as("files sent with --data @file that do not exist").isEmpty();
	}

	@Test
	void readmeGivesTheTestCommandThatCiRuns() {
		List<String> readmeCommands = RepositoryDocs.page("README.md").codeLines();
		List<String> ciCommands = RepositoryDocs.read(".ci/run")
			.lines()
			.filter(line -> line.startsWith("./mvnw"))
			.toList();
		assertThat(ciCommands).containsExactly("./mvnw verify");
		assertThat(readmeCommands).contains("./mvnw verify", "./mvnw spring-boot:run");
	}

	@Test
	void everyTestACommandRunsExists() {
		List<String> missing = new ArrayList<>();
		for (MarkdownPage page : RepositoryDocs.pagesAndExampleReadmes()) {
			for (String text : commandsAndInlineCode(page)) {
				Matcher matcher = TEST_CLASS.matcher(text);
				while (matcher.find()) {
					if (!testClassExists(matcher.group(1))) {
						missing.add(RepositoryDocs.name(page) + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).as("-Dtest= names a test class that does not exist").isEmpty();
	}

	@Test
	void everyBenchmarkOptionIsOneTheBenchmarkReads() {
		MarkdownPage benchmark = RepositoryDocs.page("docs/benchmark.md");
		String source = RepositoryDocs.read("bench/LoadBenchmark.java");
		List<String> options = new ArrayList<>();
		for (String text : commandsAndInlineCode(benchmark)) {
			Matcher matcher = BENCHMARK_OPTION.matcher(text);
			while (matcher.find()) {
				options.add(matcher.group(1));
			}
		}
		assertThat(options).contains("seconds", "clients", "database");
		assertThat(options.stream().filter(option -> !source.contains('"' + option + '"')))
			.as("options that bench/LoadBenchmark.java does not read")
			.isEmpty();
	}

	@Test
	void jarAndImageNamesCarryTheProjectVersion() {
		Matcher pom = Pattern.compile("<artifactId>spine-imaging-cds</artifactId>\\s*<version>([^<]+)</version>")
			.matcher(RepositoryDocs.read("pom.xml"));
		assertThat(pom.find()).as("the project's version in pom.xml").isTrue();
		List<String> wrong = new ArrayList<>();
		for (MarkdownPage page : RepositoryDocs.pages()) {
			Matcher matcher = ARTIFACT_VERSION.matcher(String.join("\n", commandsAndInlineCode(page)));
			while (matcher.find()) {
				String version = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
				if (!version.equals(pom.group(1))) {
					wrong.add(RepositoryDocs.name(page) + ": " + matcher.group());
				}
			}
		}
		assertThat(wrong).as("artifact names with another version than pom.xml's " + pom.group(1)).isEmpty();
	}

	private static List<String> commandsAndInlineCode(MarkdownPage page) {
		List<String> texts = new ArrayList<>(page.codeLines());
		texts.addAll(page.inlineCode());
		return texts;
	}

	private static boolean testClassExists(String name) {
		try (Stream<Path> files = Files.walk(RepositoryDocs.ROOT.resolve("src/test/java"))) {
			return files.anyMatch(file -> file.getFileName().toString().equals(name + ".java"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

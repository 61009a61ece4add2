package org.spinecds.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.spinecds.deploy.ConfigurationKeys;
import org.yaml.snakeyaml.Yaml;

/**
 * docs/configuration.md lists every property the service's
 * {@code @ConfigurationProperties} records bind, and every property, environment variable
 * and YAML key the docs set is one the service reads.
 */
class DocumentedConfigurationTest {

	private static final Pattern PROPERTY_NAME = Pattern
		.compile("^(?:cds|spring|server|management|logging)\\.[a-z0-9.\\[\\]N-]+$");

	private static final Pattern COMMAND_LINE_PROPERTY = Pattern
		.compile("(?<![\\w-])--([a-z][a-z0-9-]*(?:\\.[\\w\\[\\].-]+)+)=");

	private static final Pattern ENVIRONMENT_VARIABLE = Pattern
		.compile("(?<![$\\w])((?:CDS|SPRING|SERVER)_[A-Z0-9_]+)(?![a-z])");

	@Test
	void configurationPageListsEveryPropertyOfTheService() {
		String page = RepositoryDocs.read("docs/configuration.md");
		List<String> properties = ServicePropertyNames.scan();
		assertThat(properties).contains("cds.fhir.allowed-servers", "cds.security.trusted-clients[N].jwks-uri");
		assertThat(properties.stream().filter(property -> !page.contains("`" + property + "`")))
			.as("properties missing from docs/configuration.md")
			.isEmpty();
	}

	@Test
	void everyPropertyTheDocsNameOrSetIsOneTheServiceReads() {
		ConfigurationKeys known = ConfigurationKeys.ofTheService();
		Map<String, String> unknown = new LinkedHashMap<>();
		for (MarkdownPage page : RepositoryDocs.pages()) {
			for (String property : propertiesNamedOrSet(page)) {
				if (!known.contains(ConfigurationKeys.keyOfProperty(property.replace("[N]", "[0]")))) {
					unknown.put(property, RepositoryDocs.name(page));
				}
			}
			for (String variable : environmentVariables(page)) {
				if (!known.contains(ConfigurationKeys.keyOfEnvironmentVariable(variable))) {
					unknown.put(variable, RepositoryDocs.name(page));
				}
			}
		}
		assertThat(unknown)
			.as("properties or environment variables the service does not read (canonical form:"
					+ " CDS_AUDIT_IDHASHSALT)")
			.isEmpty();
	}

	private static List<String> propertiesNamedOrSet(MarkdownPage page) {
		List<String> properties = new ArrayList<>();
		for (String span : page.inlineCode()) {
			if (PROPERTY_NAME.matcher(span).matches()) {
				properties.add(span);
			}
		}
		List<String> texts = new ArrayList<>(page.codeLines());
		texts.addAll(page.inlineCode());
		for (String text : texts) {
			Matcher matcher = COMMAND_LINE_PROPERTY.matcher(text);
			while (matcher.find()) {
				properties.add(matcher.group(1));
			}
		}
		for (String block : yamlBlocks(page)) {
			flatten("", new Yaml().load(block), properties);
		}
		return properties;
	}

	private static List<String> environmentVariables(MarkdownPage page) {
		List<String> variables = new ArrayList<>();
		List<String> texts = new ArrayList<>(page.codeLines());
		texts.addAll(page.inlineCode());
		for (String text : texts) {
			Matcher matcher = ENVIRONMENT_VARIABLE.matcher(text);
			while (matcher.find()) {
				variables.add(matcher.group(1));
			}
		}
		return variables;
	}

	/** The YAML configuration examples: fenced blocks marked yaml. */
	private static List<String> yamlBlocks(MarkdownPage page) {
		List<String> blocks = new ArrayList<>();
		Matcher matcher = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL)
			.matcher(RepositoryDocs.read(RepositoryDocs.name(page)));
		while (matcher.find()) {
			blocks.add(matcher.group(1));
		}
		return blocks;
	}

	private static void flatten(String prefix, Object yaml, List<String> properties) {
		if (yaml instanceof Map<?, ?> map) {
			map.forEach(
					(key, value) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, value, properties));
		}
		else if (yaml instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
			flatten(prefix + "[0]", list.get(0), properties);
		}
		else {
			properties.add(prefix);
		}
	}

}

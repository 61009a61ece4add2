package org.spinecds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/**
 * Every {@code cds.*} key is documented in the IDE: spring-boot-configuration-processor
 * writes META-INF/spring-configuration-metadata.json from the
 * {@code @ConfigurationProperties} records, the description of each key from its
 * {@code @param} in the record's Javadoc. Defaults live in application.yml; the processor
 * would show 0 for an {@code int} component, so
 * META-INF/additional-spring-configuration-metadata.json names the real ones.
 */
class ConfigurationMetadataTest {

	private static final ConfigurationPropertyName CDS = ConfigurationPropertyName.of("cds");

	/** target/classes: the service's own configuration files and metadata. */
	private final Path classes = classesDirectory();

	@Test
	void everyCdsKeyTheApplicationFilesSetHasADescription() throws IOException {
		Map<ConfigurationPropertyName, JsonNode> metadata = cdsMetadata();
		Map<ConfigurationPropertyName, Object> keys = cdsKeysOf(applicationFiles());

		assertThat(keys).isNotEmpty();
		assertThat(keys.keySet()).allSatisfy(key -> assertThat(metadata.get(key))
			.as("%s is in spring-configuration-metadata.json (an @ConfigurationProperties record binds it)", key)
			.isNotNull());
		assertThat(keys.keySet())
			.allSatisfy(key -> assertThat(metadata.get(key).path("description").asText()).as("description of %s", key)
				.isNotBlank());
	}

	@Test
	void everyCdsPropertyHasAPlainTextDescription() throws IOException {
		Map<ConfigurationPropertyName, JsonNode> metadata = cdsMetadata();

		assertThat(metadata).hasSizeGreaterThanOrEqualTo(20);
		assertThat(metadata).allSatisfy((key, property) -> assertThat(property.path("description").asText())
			.as("description of %s (the @param of its record component)", key)
			.isNotBlank()
			.doesNotContain("{@"));
	}

	@Test
	void everyDefaultTheMetadataShowsIsTheOneInApplicationYml() throws IOException {
		Map<ConfigurationPropertyName, Object> defaults = cdsKeysOf(List.of(classes.resolve("application.yml")));
		Map<ConfigurationPropertyName, JsonNode> withDefault = new LinkedHashMap<>(cdsMetadata());
		withDefault.values().removeIf(property -> !property.has("defaultValue"));

		assertThat(withDefault).isNotEmpty();
		assertThat(withDefault).allSatisfy((key, property) -> assertThat(property.get("defaultValue").asText())
			.as("default of %s in the metadata", key)
			.isEqualTo(String.valueOf(defaults.get(key))));
	}

	private Map<ConfigurationPropertyName, JsonNode> cdsMetadata() throws IOException {
		JsonNode metadata = new ObjectMapper()
			.readTree(classes.resolve("META-INF/spring-configuration-metadata.json").toFile());
		Map<ConfigurationPropertyName, JsonNode> properties = new LinkedHashMap<>();
		for (JsonNode property : metadata.path("properties")) {
			ConfigurationPropertyName name = ConfigurationPropertyName.of(property.get("name").asText());
			if (CDS.isAncestorOf(name)) {
				properties.put(name, property);
			}
		}
		return properties;
	}

	private List<Path> applicationFiles() throws IOException {
		try (Stream<Path> files = Files.list(classes)) {
			return files
				.filter(file -> file.getFileName().toString().matches("application(-.+)?\\.(yml|yaml|properties)"))
				.sorted()
				.toList();
		}
	}

	/**
	 * The {@code cds.*} keys the files set, each with its value; a list element's key is
	 * the list's ({@code cds.security.trusted-clients[0].issuer} counts as
	 * {@code cds.security.trusted-clients}), as in the metadata.
	 */
	private static Map<ConfigurationPropertyName, Object> cdsKeysOf(List<Path> files) throws IOException {
		Map<ConfigurationPropertyName, Object> keys = new LinkedHashMap<>();
		for (Path file : files) {
			PropertySourceLoader loader = file.toString().endsWith(".properties") ? new PropertiesPropertySourceLoader()
					: new YamlPropertySourceLoader();
			for (PropertySource<?> document : loader.load(file.toString(), new FileSystemResource(file))) {
				for (String key : ((EnumerablePropertySource<?>) document).getPropertyNames()) {
					ConfigurationPropertyName name = withoutIndex(ConfigurationPropertyName.of(key));
					if (CDS.isAncestorOf(name)) {
						keys.putIfAbsent(name, document.getProperty(key));
					}
				}
			}
		}
		return keys;
	}

	private static ConfigurationPropertyName withoutIndex(ConfigurationPropertyName name) {
		for (int element = 0; element < name.getNumberOfElements(); element++) {
			if (name.isNumericIndex(element)) {
				return name.chop(element);
			}
		}
		return name;
	}

	private static Path classesDirectory() {
		try {
			return new ClassPathResource("application.yml").getFile().toPath().getParent();
		}
		catch (IOException e) {
			throw new IllegalStateException("application.yml is not in a directory on the class path", e);
		}
	}

}

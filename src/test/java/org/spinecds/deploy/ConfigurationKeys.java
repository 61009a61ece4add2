package org.spinecds.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The configuration keys the service reads: its own ({@code @ConfigurationProperties}
 * records under org.spinecds) and Spring Boot's (the configuration metadata in the Spring
 * Boot jars). Keys are compared in a uniform form, as Spring's relaxed binding does:
 * lower case, no dashes, every list index as {@code []}. An environment variable must use
 * the canonical form (dashes dropped: CDS_AUDIT_IDHASHSALT); the legacy form with dashes
 * as underscores (CDS_AUDIT_ID_HASH_SALT), which Spring also reads for simple values,
 * does not pass here.
 */
public final class ConfigurationKeys {

	private final Set<String> keys = new HashSet<>();

	private final Set<String> mapPrefixes = new HashSet<>();

	private ConfigurationKeys() {
	}

	public static ConfigurationKeys ofTheService() {
		ConfigurationKeys known = new ConfigurationKeys();
		known.addSpringBootMetadata();
		known.addServiceProperties();
		return known;
	}

	/**
	 * The key an environment variable sets, in uniform form (Spring Boot's mapping of
	 * CDS_SECURITY_PUBLICBASEURL).
	 */
	public static String keyOfEnvironmentVariable(String name) {
		// Spring Boot maps names the environment's way only for a source with the system
		// environment's name.
		SystemEnvironmentPropertySource variable = new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(name, "value"));
		IterableConfigurationPropertySource source = (IterableConfigurationPropertySource) ConfigurationPropertySource
			.from(variable);
		return source.stream().map(ConfigurationKeys::uniform).findFirst().orElseThrow();
	}

	/** A property name (cds.fhir.allowed-servers, a.b[0].c) in uniform form. */
	public static String keyOfProperty(String name) {
		return uniform(ConfigurationPropertyName.of(name));
	}

	public boolean contains(String uniformKey) {
		return keys.contains(uniformKey)
				|| mapPrefixes.stream().anyMatch(prefix -> uniformKey.startsWith(prefix + "."));
	}

	private void addSpringBootMetadata() {
		ObjectMapper json = new ObjectMapper();
		for (String file : new String[] { "META-INF/spring-configuration-metadata.json",
				"META-INF/additional-spring-configuration-metadata.json" }) {
			for (URL url : resources(file)) {
				try (InputStream in = url.openStream()) {
					for (JsonNode property : json.readTree(in).path("properties")) {
						String key = uniform(ConfigurationPropertyName.of(property.get("name").asText()));
						keys.add(key);
						if (property.path("type").asText().startsWith("java.util.Map")) {
							mapPrefixes.add(key);
						}
					}
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
	}

	private void addServiceProperties() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.spinecds")) {
			Class<?> type = load(candidate.getBeanClassName());
			addRecord(type.getAnnotation(ConfigurationProperties.class).prefix(), type);
		}
	}

	private void addRecord(String prefix, Class<?> type) {
		for (RecordComponent component : type.getRecordComponents()) {
			String key = prefix + "." + dashed(component.getName());
			Class<?> valueType = component.getType();
			if (valueType.isRecord()) {
				addRecord(key, valueType);
			}
			else if (Collection.class.isAssignableFrom(valueType)) {
				Class<?> element = elementType(component.getGenericType());
				if (element.isRecord()) {
					addRecord(key + "[0]", element);
				}
				else {
					keys.add(uniform(ConfigurationPropertyName.of(key)));
					keys.add(uniform(ConfigurationPropertyName.of(key + "[0]")));
				}
			}
			else {
				keys.add(uniform(ConfigurationPropertyName.of(key)));
			}
		}
	}

	private static String uniform(ConfigurationPropertyName name) {
		return IntStream.range(0, name.getNumberOfElements())
			.mapToObj(i -> name.isNumericIndex(i) ? "[]" : name.getElement(i, ConfigurationPropertyName.Form.UNIFORM))
			.collect(Collectors.joining("."));
	}

	private static String dashed(String camelCase) {
		return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
	}

	private static Class<?> elementType(Type generic) {
		Type argument = ((ParameterizedType) generic).getActualTypeArguments()[0];
		return argument instanceof Class<?> element ? element : Object.class;
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Collection<URL> resources(String name) {
		try {
			return Collections.list(ConfigurationKeys.class.getClassLoader().getResources(name));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

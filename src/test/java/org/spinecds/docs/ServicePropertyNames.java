package org.spinecds.docs;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The names of the properties the service's {@code @ConfigurationProperties} records
 * bind, as the docs write them: dashed, a list of records as {@code [N]}
 * ({@code cds.security.trusted-clients[N].issuer}).
 */
final class ServicePropertyNames {

	private ServicePropertyNames() {
	}

	static List<String> scan() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		List<String> names = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.spinecds")) {
			Class<?> type = load(candidate.getBeanClassName());
			addRecord(type.getAnnotation(ConfigurationProperties.class).prefix(), type, names);
		}
		return names;
	}

	private static void addRecord(String prefix, Class<?> type, List<String> names) {
		for (RecordComponent component : type.getRecordComponents()) {
			String name = prefix + "." + component.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
			Class<?> element = Collection.class.isAssignableFrom(component.getType())
					? (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0] : null;
			if (component.getType().isRecord()) {
				addRecord(name, component.getType(), names);
			}
			else if (element != null && element.isRecord()) {
				addRecord(name + "[N]", element, names);
			}
			else {
				names.add(name);
			}
		}
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException e) {
			throw new IllegalStateException(e);
		}
	}

}

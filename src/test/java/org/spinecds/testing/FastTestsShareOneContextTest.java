package org.spinecds.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Keeps {@code ./mvnw test} fast: a {@code *Test} class (surefire) that starts the
 * service uses {@link SharedServiceTest} as it is, so Spring starts one context for all
 * of them. A test that needs the service configured otherwise is an {@code *IT}
 * (failsafe, {@code ./mvnw verify}).
 */
class FastTestsShareOneContextTest {

	private static final List<Class<? extends Annotation>> CONTEXT_CHANGING = List.of(SpringBootTest.class,
			ContextConfiguration.class, TestPropertySource.class, ActiveProfiles.class, Import.class,
			DirtiesContext.class, DynamicPropertySource.class, MockitoBean.class, MockitoSpyBean.class);

	@Test
	void everyFastTestThatStartsTheServiceSharesOneContext() throws Exception {
		List<Class<?>> fastTests = fastTestClasses();
		List<String> ownContexts = new ArrayList<>();
		for (Class<?> test : fastTests) {
			boolean startsService = MergedAnnotations.from(test, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
				.isPresent(SpringBootTest.class);
			if (startsService && !test.isAnnotationPresent(SharedServiceTest.class)) {
				ownContexts.add(test.getName() + " has @SpringBootTest without @SharedServiceTest");
			}
			if (startsService) {
				changesOfTheContext(test).forEach(change -> ownContexts.add(test.getName() + ": " + change));
			}
		}

		assertThat(fastTests).as("the *Test classes found").hasSizeGreaterThan(50).contains(getClass());
		assertThat(ownContexts).as("rename these to *IT, or let them share @SharedServiceTest as it is").isEmpty();
	}

	private static List<String> changesOfTheContext(Class<?> test) {
		List<String> changes = new ArrayList<>();
		for (Class<?> type = test; type != null && type != Object.class; type = type.getSuperclass()) {
			List<AnnotatedElement> elements = new ArrayList<>(List.of(type.getDeclaredFields()));
			elements.addAll(List.of(type.getDeclaredMethods()));
			if (type != test) {
				elements.add(type);
			}
			for (AnnotatedElement element : elements) {
				CONTEXT_CHANGING.stream()
					.filter(element::isAnnotationPresent)
					.forEach(annotation -> changes.add("@" + annotation.getSimpleName() + " on " + element));
			}
			for (Annotation annotation : type.getDeclaredAnnotations()) {
				if (type == test && CONTEXT_CHANGING.contains(annotation.annotationType())) {
					changes.add("@" + annotation.annotationType().getSimpleName() + " on the class");
				}
			}
			for (Class<?> nested : type.getDeclaredClasses()) {
				if (nested.isAnnotationPresent(TestConfiguration.class)
						|| nested.isAnnotationPresent(Configuration.class)) {
					changes.add("nested configuration " + nested.getSimpleName());
				}
			}
		}
		return changes;
	}

	/**
	 * The classes surefire runs by default: names ending in Test, under
	 * target/test-classes.
	 */
	private static List<Class<?>> fastTestClasses() throws IOException, URISyntaxException, ClassNotFoundException {
		Path root = Path
			.of(FastTestsShareOneContextTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<String> names;
		try (Stream<Path> files = Files.walk(root)) {
			names = files.map(file -> root.relativize(file).toString())
				.filter(file -> file.endsWith("Test.class"))
				.map(file -> file.substring(0, file.length() - ".class".length())
					.replace(root.getFileSystem().getSeparator(), "."))
				.sorted()
				.toList();
		}
		List<Class<?>> classes = new ArrayList<>();
		for (String name : names) {
			// Not initialised: the static fields of some tests start servers or parse
			// examples.
			Class<?> type = Class.forName(name, false, FastTestsShareOneContextTest.class.getClassLoader());
			if (!type.isAnnotation()) {
				classes.add(type);
			}
		}
		return classes;
	}

}

package org.spinecds.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.uhn.fhir.context.FhirContext;

class TerminologyConfigTest {

	@Configuration(proxyBeanMethods = false)
	static class TestFhirContextConfig {

		@Bean
		FhirContext fhirContext() {
			return TestTerminology.FHIR;
		}

	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(TestFhirContextConfig.class, TerminologyConfig.class);

	@Test
	void exposesBuiltInValueSetsWithoutLocalFolder() {
		runner.run(context -> {
			assertThat(context).hasNotFailed().hasSingleBean(ValueSets.class);
			assertThat(context.getBean(ValueSets.class).urls())
				.hasSize(TestTerminology.builtInValueSets().urls().size());
		});
	}

	@Test
	void localFolderPropertyExtendsBuiltInValueSets(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("site.json"), TestTerminology.valueSetJson(ValueSetUrls.FOOT_DROP, """
				"include": [{"system": "http://hospital.example/problems", "concept": [{"code": "FD-1"}]}]
				"""));

		runner.withPropertyValues("cds.terminology.local-value-sets-dir=" + dir).run(context -> {
			ValueSets valueSets = context.getBean(ValueSets.class);
			assertThat(valueSets.contains(ValueSetUrls.FOOT_DROP, "http://hospital.example/problems", "FD-1")).isTrue();
			assertThat(valueSets.contains(ValueSetUrls.FOOT_DROP, TestTerminology.SNOMED, "6077001")).isTrue();
		});
	}

	@Test
	void brokenLocalFileStopsStartUp(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("oops.json"), "not json");

		runner.withPropertyValues("cds.terminology.local-value-sets-dir=" + dir).run(context -> {
			assertThat(context).hasFailed();
			assertThat(loadException(context.getStartupFailure())).hasMessageContaining("oops.json");
		});
	}

	private static TerminologyLoadException loadException(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof TerminologyLoadException e) {
				return e;
			}
		}
		throw new AssertionError("No TerminologyLoadException in the cause chain of " + failure);
	}

}

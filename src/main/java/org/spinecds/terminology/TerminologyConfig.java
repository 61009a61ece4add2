package org.spinecds.terminology;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import ca.uhn.fhir.context.FhirContext;

@Configuration
@EnableConfigurationProperties(TerminologyProperties.class)
public class TerminologyConfig {

	static final String BUILT_IN_LOCATION = "classpath*:terminology/valuesets/*.json";

	private static final Logger log = LoggerFactory.getLogger(TerminologyConfig.class);

	@Bean
	public ValueSets valueSets(FhirContext fhirContext, TerminologyProperties properties) {
		List<ValueSetSource> builtIn = builtInSources();
		List<ValueSetSource> dropIn = properties.localValueSetsDir() == null ? List.of()
				: ValueSetSource.readFolder(properties.localValueSetsDir());
		ValueSets valueSets = new ValueSetLoader(fhirContext).load(builtIn, dropIn);
		log.info(
				"Terminology loaded: {} value sets, {} codes, {} regex filters ({} built-in files, {} local files from {})",
				valueSets.urls().size(), valueSets.codeCount(), valueSets.filterCount(), builtIn.size(), dropIn.size(),
				properties.localValueSetsDir() == null ? "(none)" : properties.localValueSetsDir());
		return valueSets;
	}

	/**
	 * The packaged value set files, sorted by file name; works from the IDE, tests and
	 * the fat jar.
	 */
	static List<ValueSetSource> builtInSources() {
		Resource[] resources;
		try {
			resources = new PathMatchingResourcePatternResolver().getResources(BUILT_IN_LOCATION);
		}
		catch (IOException e) {
			throw new TerminologyLoadException("Cannot list built-in value sets at " + BUILT_IN_LOCATION, e);
		}
		if (resources.length == 0) {
			throw new TerminologyLoadException("No built-in value sets found at " + BUILT_IN_LOCATION);
		}
		List<ValueSetSource> sources = new ArrayList<>();
		for (Resource resource : Arrays.stream(resources)
			.sorted(Comparator.comparing(Resource::getFilename))
			.toList()) {
			String name = "classpath:terminology/valuesets/" + resource.getFilename();
			try (InputStream in = resource.getInputStream()) {
				sources.add(new ValueSetSource(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			catch (IOException e) {
				throw new TerminologyLoadException("Cannot read built-in value set " + name, e);
			}
		}
		return sources;
	}

}

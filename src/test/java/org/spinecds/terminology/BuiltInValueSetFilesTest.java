package org.spinecds.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.terminology.TestTerminology.FHIR;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptReferenceComponent;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;
import org.junit.jupiter.api.Test;

class BuiltInValueSetFilesTest {

	private static final List<ValueSetSource> SOURCES = TerminologyConfig.builtInSources();

	private static List<ValueSet> parsedFiles() {
		return SOURCES.stream().map(s -> FHIR.newJsonParser().parseResource(ValueSet.class, s.json())).toList();
	}

	@Test
	void everyBuiltInFileLoadsAndEveryUrlConstantHasAFile() throws IllegalAccessException {
		Set<String> constants = new HashSet<>();
		for (Field field : ValueSetUrls.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("BASE")) {
				constants.add((String) field.get(null));
			}
		}
		assertThat(SOURCES).hasSize(47);
		assertThat(TestTerminology.builtInValueSets().urls()).containsExactlyInAnyOrderElementsOf(constants);
	}

	@Test
	void noTwoBuiltInFilesShareAUrl() {
		List<String> urls = parsedFiles().stream().map(ValueSet::getUrl).toList();
		assertThat(urls).doesNotHaveDuplicates().hasSize(SOURCES.size());
	}

	@Test
	void fileNameIdAndUrlAgree() {
		for (int i = 0; i < SOURCES.size(); i++) {
			ValueSet valueSet = parsedFiles().get(i);
			String id = valueSet.getIdElement().getIdPart();
			assertThat(SOURCES.get(i).name()).endsWith("/" + id + ".json");
			assertThat(valueSet.getUrl()).isEqualTo(ValueSetUrls.BASE + id);
		}
	}

	@Test
	void everyBuiltInFileHasActiveStatusNameTitleAndSourcedDescription() {
		for (ValueSet valueSet : parsedFiles()) {
			assertThat(valueSet.getStatus()).as(valueSet.getUrl()).isEqualTo(PublicationStatus.ACTIVE);
			assertThat(valueSet.getName()).as(valueSet.getUrl()).matches("[A-Z][A-Za-z]+");
			assertThat(valueSet.getTitle()).as(valueSet.getUrl()).isNotBlank();
			assertThat(valueSet.getDescription()).as(valueSet.getUrl())
				.containsAnyOf("clinical.md 2", "lbp-topic.md 2");
		}
	}

	@Test
	void everyConceptAcrossBuiltInFilesHasADisplay() {
		List<String> withoutDisplay = new ArrayList<>();
		int concepts = 0;
		for (ValueSet valueSet : parsedFiles()) {
			for (ConceptSetComponent include : valueSet.getCompose().getInclude()) {
				for (ConceptReferenceComponent concept : include.getConcept()) {
					concepts++;
					if (concept.getDisplay() == null || concept.getDisplay().isBlank()) {
						withoutDisplay.add(valueSet.getUrl() + " " + concept.getCode());
					}
				}
			}
		}
		assertThat(concepts).isEqualTo(292);
		assertThat(withoutDisplay).isEmpty();
	}

	@Test
	void noLevelUnspecifiedSpineProcedureIsListedAnywhere() {
		Set<String> levelUnspecified = Set.of("387731002", "3418002", "89355001", "10836008", "282191000", "55705006",
				"392236004");
		Set<String> listed = parsedFiles().stream()
			.flatMap(v -> v.getCompose().getInclude().stream())
			.flatMap(i -> i.getConcept().stream())
			.map(ConceptReferenceComponent::getCode)
			.collect(Collectors.toSet());
		assertThat(listed).doesNotContainAnyElementsOf(levelUnspecified);
	}

	@Test
	void titleComesFromTheFile() {
		assertThat(TestTerminology.builtInValueSets().title(ValueSetUrls.FOOT_DROP)).contains("Foot drop");
		assertThat(TestTerminology.builtInValueSets().title(ValueSetUrls.IMAGING_LUMBAR_MRI_WITHOUT_AND_WITH_CONTRAST))
			.contains("MRI lumbar spine without and with IV contrast");
	}

	@Test
	void builtInSourcesAreSortedByFileName() {
		List<String> names = SOURCES.stream().map(ValueSetSource::name).toList();
		List<String> sorted = new ArrayList<>(names);
		sorted.sort(null);
		assertThat(names).isEqualTo(sorted);
		assertThat(names.get(0)).isEqualTo("classpath:terminology/valuesets/cardiac-implant-condition.json");
	}

}

package org.spinecds.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spinecds.terminology.TestTerminology.CPT;
import static org.spinecds.terminology.TestTerminology.FHIR;
import static org.spinecds.terminology.TestTerminology.ICD10CM;
import static org.spinecds.terminology.TestTerminology.ICD10PCS;
import static org.spinecds.terminology.TestTerminology.LOINC;
import static org.spinecds.terminology.TestTerminology.SNOMED;
import static org.spinecds.terminology.TestTerminology.valueSetJson;
import static org.spinecds.terminology.ValueSetUrls.FOOT_DROP;
import static org.spinecds.terminology.ValueSetUrls.IMAGING_LUMBAR_MRI_WITHOUT_AND_WITH_CONTRAST;
import static org.spinecds.terminology.ValueSetUrls.IMAGING_LUMBAR_MRI_WITHOUT_CONTRAST;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueSetLoaderTest {

	private static final String LOCAL_SYSTEM = "http://hospital.example/fhir/CodeSystem/orderables";

	private static final String LOCAL_VS = "http://hospital.example/fhir/ValueSet/local-lumbar-imaging";

	private final ValueSetLoader loader = new ValueSetLoader(FHIR);

	@TempDir
	Path dropInDir;

	private ValueSets loadWithDropIns() {
		return loader.load(TerminologyConfig.builtInSources(), ValueSetSource.readFolder(dropInDir));
	}

	private void writeDropIn(String fileName, String json) throws IOException {
		Files.writeString(dropInDir.resolve(fileName), json);
	}

	private static ValueSetSource source(String name, String url, String composeMembers) {
		return new ValueSetSource(name, valueSetJson(url, composeMembers));
	}

	private ValueSets loadOnly(ValueSetSource... sources) {
		return loader.load(List.of(sources), List.of());
	}

	@Test
	void dropInWithBuiltInUrlExtendsThatValueSet() throws IOException {
		writeDropIn("site-mri.json", valueSetJson(IMAGING_LUMBAR_MRI_WITHOUT_AND_WITH_CONTRAST, """
				"include": [{"system": "%s", "concept": [{"code": "MRLS-WWO", "display": "MRI L-spine w/o+w"}]}]
				""".formatted(LOCAL_SYSTEM)));

		ValueSets valueSets = loadWithDropIns();

		assertThat(valueSets.contains(IMAGING_LUMBAR_MRI_WITHOUT_AND_WITH_CONTRAST, LOCAL_SYSTEM, "MRLS-WWO")).isTrue();
		assertThat(valueSets.contains(IMAGING_LUMBAR_MRI_WITHOUT_AND_WITH_CONTRAST, CPT, "72158")).isTrue();
		assertThat(valueSets.contains(IMAGING_LUMBAR_MRI_WITHOUT_CONTRAST, LOCAL_SYSTEM, "MRLS-WWO")).isFalse();
		assertThat(valueSets.title(IMAGING_LUMBAR_MRI_WITHOUT_AND_WITH_CONTRAST))
			.contains("MRI lumbar spine without and with IV contrast");
		assertThat(valueSets.urls()).hasSize(TestTerminology.builtInValueSets().urls().size());
	}

	@Test
	void dropInWithNewUrlIsAdded() throws IOException {
		writeDropIn("local.json", valueSetJson(LOCAL_VS, """
				"include": [{"system": "%s", "concept": [{"code": "XR-LS-2V"}]}]
				""".formatted(LOCAL_SYSTEM)));
		writeDropIn("README.txt", "not a value set, ignored because it is not *.json");

		ValueSets valueSets = loadWithDropIns();

		assertThat(valueSets.urls()).hasSize(TestTerminology.builtInValueSets().urls().size() + 1)
			.contains(LOCAL_VS, FOOT_DROP);
		assertThat(valueSets.contains(LOCAL_VS, LOCAL_SYSTEM, "XR-LS-2V")).isTrue();
		assertThat(valueSets.title(LOCAL_VS)).contains("Test " + LOCAL_VS);
	}

	@Test
	void brokenDropInFileFailsNamingTheFile() throws IOException {
		writeDropIn("broken-site-codes.json", "{ \"resourceType\": \"ValueSet\", ");

		assertThatThrownBy(this::loadWithDropIns).isInstanceOf(TerminologyLoadException.class)
			.hasMessageContaining("broken-site-codes.json");
	}

	@Test
	void dropInThatIsNotAValueSetFailsNamingTheFile() throws IOException {
		writeDropIn("patient.json", "{\"resourceType\": \"Patient\", \"id\": \"p1\"}");

		assertThatThrownBy(this::loadWithDropIns).isInstanceOf(TerminologyLoadException.class)
			.hasMessageContaining("patient.json")
			.hasMessageContaining("Patient");
	}

	@Test
	void valueSetWithoutUrlFailsNamingTheFile() throws IOException {
		writeDropIn("no-url.json", """
				{"resourceType": "ValueSet", "status": "active",
				 "compose": {"include": [{"system": "http://loinc.org", "concept": [{"code": "24967-2"}]}]}}
				""");

		assertThatThrownBy(this::loadWithDropIns).isInstanceOf(TerminologyLoadException.class)
			.hasMessageContaining("no-url.json")
			.hasMessageContaining("no url");
	}

	@Test
	void misspelledElementFailsInsteadOfBeingIgnored() throws IOException {
		writeDropIn("typo.json", valueSetJson(LOCAL_VS, """
				"include": [{"system": "%s", "concepts": [{"code": "X1"}]}]
				""".formatted(LOCAL_SYSTEM)));

		assertThatThrownBy(this::loadWithDropIns).isInstanceOf(TerminologyLoadException.class)
			.hasMessageContaining("typo.json")
			.hasMessageContaining("concepts");
	}

	@Test
	void missingDropInFolderFailsNamingTheFolder() {
		Path missing = dropInDir.resolve("does-not-exist");
		assertThatThrownBy(() -> ValueSetSource.readFolder(missing)).isInstanceOf(TerminologyLoadException.class)
			.hasMessageContaining(missing.toString());
	}

	@Test
	void unsupportedFilterOperationFailsNamingTheFile() {
		ValueSetSource isA = source("is-a.json", LOCAL_VS, """
				"include": [{"system": "%s", "filter": [{"property": "concept", "op": "is-a", "value": "6077001"}]}]
				""".formatted(SNOMED));

		assertThatThrownBy(() -> loadOnly(isA)).isInstanceOf(TerminologyLoadException.class)
			.hasMessageContaining("is-a.json")
			.hasMessageContaining("is-a");
	}

	@Test
	void invalidRegexFailsNamingTheFile() {
		ValueSetSource badRegex = source("bad-regex.json", LOCAL_VS, """
				"include": [{"system": "%s", "filter": [{"property": "code", "op": "regex", "value": "0SG0(.*"}]}]
				""".formatted(ICD10PCS));

		assertThatThrownBy(() -> loadOnly(badRegex)).isInstanceOf(TerminologyLoadException.class)
			.hasMessageContaining("bad-regex.json");
	}

	@Test
	void includingAWholeCodeSystemIsRejected() {
		ValueSetSource allOfSnomed = source("all-snomed.json", LOCAL_VS, """
				"include": [{"system": "%s"}]
				""".formatted(SNOMED));

		assertThatThrownBy(() -> loadOnly(allOfSnomed)).isInstanceOf(TerminologyLoadException.class)
			.hasMessageContaining("all-snomed.json");
	}

	@Test
	void includeByValueSetUnionsTheReferencedCodes() {
		ValueSetSource foot = source("a.json", "http://x.example/vs/a", """
				"include": [{"system": "%s", "concept": [{"code": "M21.371"}]}]
				""".formatted(ICD10CM));
		ValueSetSource combined = source("b.json", "http://x.example/vs/b", """
				"include": [{"valueSet": ["http://x.example/vs/a"]},
							{"system": "%s", "concept": [{"code": "6077001"}]}]
				""".formatted(SNOMED));

		ValueSets valueSets = loadOnly(combined, foot);

		assertThat(valueSets.contains("http://x.example/vs/b", ICD10CM, "M21.371")).isTrue();
		assertThat(valueSets.contains("http://x.example/vs/b", SNOMED, "6077001")).isTrue();
		assertThat(valueSets.contains("http://x.example/vs/a", SNOMED, "6077001")).isFalse();
	}

	@Test
	void includedValueSetExtendedByDropInIsSeenThroughTheInclude() throws IOException {
		writeDropIn("site-fusion.json", valueSetJson(ValueSetUrls.LUMBAR_FUSION_HARDWARE, """
				"include": [{"system": "%s", "concept": [{"code": "SITE-FUSION-1"}]}]
				""".formatted(LOCAL_SYSTEM)));

		ValueSets valueSets = loadWithDropIns();

		assertThat(valueSets.contains(ValueSetUrls.LUMBAR_SPINE_SURGERY, LOCAL_SYSTEM, "SITE-FUSION-1")).isTrue();
	}

	@Test
	void excludeRemovesExplicitAndFilteredCodesIncludingDotlessIcd10Cm() {
		ValueSetSource source = source("ex.json", LOCAL_VS, """
				"include": [{"system": "%s", "concept": [{"code": "M21.371"}, {"code": "M21.379"}]},
							{"system": "%s", "filter": [{"property": "code", "op": "regex", "value": "0SG0.*"}]}],
				"exclude": [{"system": "%s", "concept": [{"code": "M21379"}]},
							{"system": "%s", "concept": [{"code": "0SG00AJ"}]}]
				""".formatted(ICD10CM, ICD10PCS, ICD10CM, ICD10PCS));

		ValueSets valueSets = loadOnly(source);

		assertThat(valueSets.contains(LOCAL_VS, ICD10CM, "M21.371")).isTrue();
		assertThat(valueSets.contains(LOCAL_VS, ICD10CM, "M21.379")).isFalse();
		assertThat(valueSets.contains(LOCAL_VS, ICD10PCS, "0SG0071")).isTrue();
		assertThat(valueSets.contains(LOCAL_VS, ICD10PCS, "0SG00AJ")).isFalse();
	}

	@Test
	void excludeAppliesToCodesReachedThroughAnIncludedValueSet() {
		ValueSetSource base = source("base.json", "http://x.example/vs/base", """
				"include": [{"system": "%s", "concept": [{"code": "72148"}, {"code": "72158"}]}]
				""".formatted(CPT));
		ValueSetSource narrowed = source("narrowed.json", "http://x.example/vs/narrowed", """
				"include": [{"valueSet": ["http://x.example/vs/base"]}],
				"exclude": [{"system": "%s", "concept": [{"code": "72148"}]}]
				""".formatted(CPT));

		ValueSets valueSets = loadOnly(base, narrowed);

		assertThat(valueSets.contains("http://x.example/vs/narrowed", CPT, "72158")).isTrue();
		assertThat(valueSets.contains("http://x.example/vs/narrowed", CPT, "72148")).isFalse();
		assertThat(valueSets.contains("http://x.example/vs/base", CPT, "72148")).isTrue();
	}

	@Test
	void includeCycleIsALoadError() {
		ValueSetSource a = source("a.json", "http://x.example/vs/a",
				"\"include\": [{\"valueSet\": [\"http://x.example/vs/b\"]}]");
		ValueSetSource b = source("b.json", "http://x.example/vs/b",
				"\"include\": [{\"valueSet\": [\"http://x.example/vs/a\"]}]");

		assertThatThrownBy(() -> loadOnly(a, b)).isInstanceOf(TerminologyLoadException.class)
			.hasMessageContaining("cycle")
			.hasMessageContaining("http://x.example/vs/a");
	}

	@Test
	void includeOfUnknownValueSetIsALoadErrorNamingTheFile() {
		ValueSetSource dangling = source("dangling.json", LOCAL_VS,
				"\"include\": [{\"valueSet\": [\"http://x.example/vs/missing\"]}]");

		assertThatThrownBy(() -> loadOnly(dangling)).isInstanceOf(TerminologyLoadException.class)
			.hasMessageContaining("dangling.json")
			.hasMessageContaining("http://x.example/vs/missing");
	}

	@Test
	void preExpandedValueSetIsLoadedFromExpansionContains() {
		String json = """
				{"resourceType": "ValueSet", "url": "%s", "status": "active",
				 "expansion": {"timestamp": "2024-05-01T00:00:00Z", "contains": [
				   {"system": "%s", "code": "24967-2", "display": "MR Lumbar spine WO and W contrast IV"},
				   {"abstract": true, "display": "group", "contains": [
					 {"system": "%s", "code": "72158"}]}]}}
				""".formatted(LOCAL_VS, LOINC, CPT);

		ValueSets valueSets = loadOnly(new ValueSetSource("vsac.json", json));

		assertThat(valueSets.contains(LOCAL_VS, LOINC, "24967-2")).isTrue();
		assertThat(valueSets.contains(LOCAL_VS, CPT, "72158")).isTrue();
		assertThat(valueSets.contains(LOCAL_VS, CPT, "72148")).isFalse();
	}

	@Test
	void valueSetWithoutAnyCodesIsALoadError() {
		String json = "{\"resourceType\": \"ValueSet\", \"url\": \"" + LOCAL_VS + "\", \"status\": \"active\"}";

		assertThatThrownBy(() -> loadOnly(new ValueSetSource("empty.json", json)))
			.isInstanceOf(TerminologyLoadException.class)
			.hasMessageContaining("empty.json");
	}

	@Test
	void twoBuiltInFilesWithTheSameUrlAreALoadError() {
		ValueSetSource first = source("one.json", LOCAL_VS,
				"\"include\": [{\"system\": \"" + CPT + "\", \"concept\": [{\"code\": \"72158\"}]}]");
		ValueSetSource second = source("two.json", LOCAL_VS,
				"\"include\": [{\"system\": \"" + CPT + "\", \"concept\": [{\"code\": \"72148\"}]}]");

		assertThatThrownBy(() -> loadOnly(first, second)).isInstanceOf(TerminologyLoadException.class)
			.hasMessageContaining("one.json")
			.hasMessageContaining("two.json");
	}

}

package org.spinecds.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the example data honest: the prefetch in every
 * {@code hooks/<scenario>/<hook>.request.json} must be the same FHIR resources as
 * {@code fhir-examples/<patientId>.json} (the transaction bundle a developer loads into a
 * FHIR server), so a test run against prefetch and a run against a loaded server see the
 * same patient.
 *
 * <p>
 * Runs from the project root (Maven's working directory).
 */
class HookExamplesMatchFhirExamplesTest {

	private static final Path HOOKS = Path.of("hooks");

	private static final Path FHIR_EXAMPLES = Path.of("fhir-examples");

	private static final String EHR_BASE = "https://ehr.example.org/fhir/";

	/**
	 * Searchset prefetch keys and the one resource type each holds, in the order of the
	 * request files.
	 */
	private static final Map<String, String> SEARCHSET_TYPES = searchsetTypes();

	/**
	 * Every request sends exactly these keys, except the scenarios in
	 * {@link #PREFETCH_KEYS_BY_SCENARIO}.
	 */
	private static final Set<String> PREFETCH_KEYS = Set.of("patient", "conditions", "procedures", "observations",
			"allergies", "devices", "medications");

	/**
	 * Scenarios allowed a different key set. safety-data-missing-ct is a client that
	 * knows only the original three keys (and sends no fhirServer): the service must say
	 * it could not check kidney function, allergies or devices.
	 */
	private static final Map<String, Set<String>> PREFETCH_KEYS_BY_SCENARIO = Map.of("safety-data-missing-ct",
			Set.of("patient", "conditions", "procedures"));

	private static final Pattern UUID_V4 = Pattern
		.compile("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

	/**
	 * Scenarios that mimic the CDS Hooks sandbox, whose FHIR server holds no Condition or
	 * Procedure for the patient: their prefetch searchsets are deliberately empty even
	 * though fhir-examples/pt-sandbox.json holds proc-sandbox-discectomy (used by
	 * sandbox-single-object-reason). Resources they do carry must still match.
	 */
	private static final Set<String> DELIBERATELY_EMPTY_PREFETCH = Set.of("sandbox-pama-reasons", "sandbox-first-call",
			"sandbox-low-back-pain-reason");

	private static final FhirContext FHIR = FhirContext.forR4();

	private static final ObjectMapper JSON = new ObjectMapper();

	@BeforeAll
	static void strictParsing() {
		// unknown elements, bad primitives and empty objects in an example are errors,
		// not log lines
		FHIR.setParserErrorHandler(new StrictErrorHandler());
	}

	// ------------------------------------------------------------------------------------------
	// fhir-examples

	@TestFactory
	Stream<DynamicTest> everyFhirExampleIsAnIdempotentTransactionForOnePatient() {
		return fhirExampleFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
			String patientId = stripSuffix(file.getFileName().toString(), ".json");
			Bundle bundle = parser().parseResource(Bundle.class, read(file));

			assertThat(bundle.getType()).as("Bundle.type").isEqualTo(Bundle.BundleType.TRANSACTION);
			assertThat(bundle.getEntry()).as("entries").isNotEmpty();

			int patients = 0;
			Set<String> seen = new HashSet<>();
			for (BundleEntryComponent entry : bundle.getEntry()) {
				Resource resource = entry.getResource();
				assertThat(resource).as("entry resource").isNotNull();
				String typeAndId = typeAndId(resource);
				assertThat(seen.add(typeAndId)).as("duplicate entry %s", typeAndId).isTrue();

				assertThat(entry.getFullUrl()).as("fullUrl of %s", typeAndId)
					.isEqualTo(EHR_BASE + typeAndId)
					.doesNotStartWith("urn:");
				assertThat(entry.getRequest().getMethod()).as("request.method of %s", typeAndId)
					.isEqualTo(HTTPVerb.PUT);
				assertThat(entry.getRequest().getUrl()).as("request.url of %s", typeAndId).isEqualTo(typeAndId);

				if (resource instanceof Patient) {
					patients++;
					assertThat(resource.getIdElement().getIdPart()).as("Patient id").isEqualTo(patientId);
				}
				else if (resource instanceof Condition condition) {
					assertThat(condition.getSubject().getReference()).as("%s subject", typeAndId)
						.isEqualTo("Patient/" + patientId);
				}
				else if (resource instanceof Procedure procedure) {
					assertThat(procedure.getSubject().getReference()).as("%s subject", typeAndId)
						.isEqualTo("Patient/" + patientId);
				}
				else if (resource instanceof Observation observation) {
					assertThat(observation.getSubject().getReference()).as("%s subject", typeAndId)
						.isEqualTo("Patient/" + patientId);
				}
				else if (resource instanceof AllergyIntolerance allergy) {
					assertThat(allergy.getPatient().getReference()).as("%s patient", typeAndId)
						.isEqualTo("Patient/" + patientId);
				}
				else if (resource instanceof Device device) {
					assertThat(device.getPatient().getReference()).as("%s patient", typeAndId)
						.isEqualTo("Patient/" + patientId);
				}
				else if (resource instanceof MedicationRequest medication) {
					assertThat(medication.getSubject().getReference()).as("%s subject", typeAndId)
						.isEqualTo("Patient/" + patientId);
				}
				else {
					fail("unexpected resource %s in %s", typeAndId, file);
				}
			}
			assertThat(patients).as("exactly one Patient in %s", file).isEqualTo(1);
		}));
	}

	// ------------------------------------------------------------------------------------------
	// hooks

	@TestFactory
	Stream<DynamicTest> everyHookRequestPrefetchMatchesTheFhirExamples() {
		List<Path> requests = hookRequestFiles();
		assertThat(requests).as("hooks/*/*.request.json").isNotEmpty();
		return requests.stream().map(file -> DynamicTest.dynamicTest(HOOKS.relativize(file).toString(), () -> {
			JsonNode request = JSON.readTree(file.toFile());
			String scenario = file.getParent().getFileName().toString();
			String hook = stripSuffix(file.getFileName().toString(), ".request.json");

			assertThat(request.path("hook").asText()).as("hook").isEqualTo(hook);
			assertThat(request.path("hookInstance").asText()).as("hookInstance").matches(UUID_V4);
			String patientId = request.path("context").path("patientId").asText(null);
			assertThat(patientId).as("context.patientId").isNotBlank();

			JsonNode prefetch = request.get("prefetch");
			assertThat(prefetch).as("prefetch").isNotNull();
			Set<String> keys = new TreeSet<>();
			prefetch.fieldNames().forEachRemaining(keys::add);
			assertThat(keys).as("prefetch keys")
				.isEqualTo(new TreeSet<>(PREFETCH_KEYS_BY_SCENARIO.getOrDefault(scenario, PREFETCH_KEYS)));
			// prefetch is the last member of the request (bench/LoadBenchmark cuts the
			// body there)
			List<String> members = new ArrayList<>();
			request.fieldNames().forEachRemaining(members::add);
			assertThat(members.get(members.size() - 1)).as("last member of the request").isEqualTo("prefetch");

			Map<String, JsonNode> expected = fhirExampleResources(patientId);

			// patient
			assertSameResource(prefetch.get("patient"), expected, "prefetch.patient");
			assertThat(prefetch.get("patient").path("id").asText()).as("prefetch.patient.id").isEqualTo(patientId);

			// conditions / procedures / observations / allergies / devices, as far as
			// sent
			for (Map.Entry<String, String> keyAndType : SEARCHSET_TYPES.entrySet()) {
				String key = keyAndType.getKey();
				String type = keyAndType.getValue();
				JsonNode searchset = prefetch.get(key);
				if (searchset == null) {
					continue; // not in this scenario's key set (checked above)
				}
				assertThat(searchset.path("resourceType").asText()).as("%s.resourceType", key).isEqualTo("Bundle");
				assertThat(searchset.path("type").asText()).as("%s.type", key).isEqualTo("searchset");
				// the bundle itself must be valid FHIR, too
				parser().parseResource(Bundle.class, searchset.toString());

				List<JsonNode> entries = new ArrayList<>();
				searchset.path("entry").forEach(entries::add);
				assertThat(searchset.path("total").isInt()).as("%s.total present", key).isTrue();
				assertThat(searchset.path("total").asInt()).as("%s.total", key).isEqualTo(entries.size());

				Set<String> inSearchset = new TreeSet<>();
				for (JsonNode entry : entries) {
					JsonNode resource = entry.get("resource");
					String typeAndId = resource.path("resourceType").asText() + "/" + resource.path("id").asText();
					assertThat(resource.path("resourceType").asText()).as("%s entry type", key).isEqualTo(type);
					assertThat(entry.path("fullUrl").asText()).as("%s fullUrl", typeAndId)
						.isEqualTo(EHR_BASE + typeAndId);
					assertThat(entry.path("search").path("mode").asText()).as("%s search.mode", typeAndId)
						.isEqualTo("match");
					assertSameResource(resource, expected, "prefetch." + key + " " + typeAndId);
					inSearchset.add(typeAndId);
				}

				Set<String> ofPatient = new TreeSet<>();
				expected.keySet().stream().filter(k -> k.startsWith(type + "/")).forEach(ofPatient::add);
				if (DELIBERATELY_EMPTY_PREFETCH.contains(scenario)) {
					assertThat(inSearchset).as("%s of sandbox scenario %s", key, scenario).isEmpty();
				}
				else {
					assertThat(inSearchset).as("prefetch.%s must hold every %s of %s", key, type, patientId)
						.isEqualTo(ofPatient);
				}
			}

			// order-select: every selection is one of the draft orders
			if ("order-select".equals(hook)) {
				Set<String> drafts = new HashSet<>();
				request.path("context")
					.path("draftOrders")
					.path("entry")
					.forEach(e -> drafts.add(e.path("resource").path("resourceType").asText() + "/"
							+ e.path("resource").path("id").asText()));
				JsonNode selections = request.path("context").path("selections");
				assertThat(selections.isArray() && selections.size() > 0).as("context.selections").isTrue();
				selections.forEach(s -> assertThat(drafts).as("draftOrders").contains(s.asText()));
			}
			// every draft order is for this patient
			request.path("context")
				.path("draftOrders")
				.path("entry")
				.forEach(e -> assertThat(e.path("resource").path("subject").path("reference").asText())
					.as("draft order subject")
					.isEqualTo("Patient/" + patientId));
		}));
	}

	@Test
	void hookInstancesAreDistinct() throws IOException {
		Map<String, Path> seen = new LinkedHashMap<>();
		List<Path> files = new ArrayList<>(hookRequestFiles());
		try (Stream<Path> errors = Files.list(HOOKS.resolve("errors"))) {
			errors.filter(p -> p.toString().endsWith(".request.txt")).sorted().forEach(files::add);
		}
		for (Path file : files) {
			String text = read(file);
			var matcher = Pattern.compile("\"hookInstance\"\\s*:\\s*\"([^\"]+)\"").matcher(text);
			if (!matcher.find()) {
				continue; // e.g. errors/missing-hook-instance
			}
			Path before = seen.put(matcher.group(1), file);
			assertThat(before).as("hookInstance of %s already used by %s", file, before).isNull();
		}
	}

	@Test
	void everyErrorCaseHasItsExpectation() throws IOException {
		List<Path> cases;
		try (Stream<Path> s = Files.list(HOOKS.resolve("errors"))) {
			cases = s.filter(p -> p.toString().endsWith(".request.txt")).sorted().toList();
		}
		assertThat(cases).isNotEmpty();
		for (Path requestFile : cases) {
			String name = stripSuffix(requestFile.getFileName().toString(), ".request.txt");
			Path expectedFile = requestFile.resolveSibling(name + ".expected.json");
			assertThat(expectedFile).as("expectation for %s", name).exists();
			JsonNode expected = JSON.readTree(expectedFile.toFile());
			assertThat(expected.path("service").asText()).as("%s service", name).isNotBlank();
			assertThat(expected.path("contentType").asText()).as("%s contentType", name).isNotBlank();
			assertThat(expected.path("status").isInt()).as("%s status", name).isTrue();
			String phrase = expected.path("messageContains").asText();
			assertThat(phrase).as("%s messageContains", name).isNotBlank().isEqualTo(phrase.toLowerCase());
		}
	}

	// ------------------------------------------------------------------------------------------
	// helpers

	/**
	 * Equal as JSON trees (nothing dropped or added) and equal after a HAPI round trip.
	 */
	private static void assertSameResource(JsonNode actual, Map<String, JsonNode> expected, String what) {
		assertThat(actual).as(what).isNotNull();
		String typeAndId = actual.path("resourceType").asText() + "/" + actual.path("id").asText();
		JsonNode reference = expected.get(typeAndId);
		assertThat(reference).as("%s: %s is not in the patient's fhir-examples bundle", what, typeAndId).isNotNull();

		assertThat(actual).as("%s: %s (JSON tree)", what, typeAndId).isEqualTo(reference);
		assertThat(reencode(actual)).as("%s: %s (FHIR re-encoded)", what, typeAndId).isEqualTo(reencode(reference));
	}

	private static String reencode(JsonNode resource) {
		IParser parser = parser();
		return parser.encodeResourceToString(parser.parseResource(resource.toString()));
	}

	/** type/id -> resource JSON for every entry of fhir-examples/<patientId>.json. */
	private static Map<String, JsonNode> fhirExampleResources(String patientId) throws IOException {
		Path file = FHIR_EXAMPLES.resolve(patientId + ".json");
		assertThat(file).as("fhir-examples bundle for %s", patientId).exists();
		Map<String, JsonNode> byTypeAndId = new LinkedHashMap<>();
		for (JsonNode entry : JSON.readTree(file.toFile()).path("entry")) {
			JsonNode resource = entry.get("resource");
			byTypeAndId.put(resource.path("resourceType").asText() + "/" + resource.path("id").asText(), resource);
		}
		return byTypeAndId;
	}

	private static Map<String, String> searchsetTypes() {
		Map<String, String> types = new LinkedHashMap<>();
		types.put("conditions", "Condition");
		types.put("procedures", "Procedure");
		types.put("observations", "Observation");
		types.put("allergies", "AllergyIntolerance");
		types.put("devices", "Device");
		types.put("medications", "MedicationRequest");
		return types;
	}

	private static IParser parser() {
		return FHIR.newJsonParser().setPrettyPrint(false);
	}

	private static String typeAndId(Resource resource) {
		return resource.fhirType() + "/" + resource.getIdElement().getIdPart();
	}

	private static List<Path> fhirExampleFiles() {
		try (Stream<Path> s = Files.list(FHIR_EXAMPLES)) {
			List<Path> files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
			assertThat(files).as("fhir-examples/*.json").isNotEmpty();
			return files;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Path> hookRequestFiles() {
		try (Stream<Path> dirs = Files.list(HOOKS)) {
			List<Path> files = new ArrayList<>();
			for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
				try (Stream<Path> s = Files.list(dir)) {
					s.filter(p -> p.getFileName().toString().endsWith(".request.json")).sorted().forEach(files::add);
				}
			}
			return files;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String stripSuffix(String s, String suffix) {
		return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
	}

}

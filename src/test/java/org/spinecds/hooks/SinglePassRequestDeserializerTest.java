package org.spinecds.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsHooksExtension;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceJson;
import ca.uhn.hapi.fhir.cdshooks.serializer.CdsServiceRequestJsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.spinecds.FhirContextConfig;
import org.spinecds.security.RequestLimitsProperties;
import org.springframework.util.unit.DataSize;

/**
 * Our one-pass request reader gives exactly what HAPI's deserializer gives, for every
 * hooks/ request.
 */
class SinglePassRequestDeserializerTest {

	private static final FhirContext FHIR = new FhirContextConfig().fhirContext();

	private static final ObjectMapper MAPPER = new CdsHooksLibraryConfig().cdsHooksObjectMapper(FHIR,
			new RequestLimitsProperties(DataSize.ofMegabytes(5), 100, 1_000_000));

	private static final CdsServiceJson SERVICE = service();

	private final SinglePassRequestDeserializer ours = new SinglePassRequestDeserializer(FHIR,
			FhirContextConfig.parserErrorHandler(), MAPPER);

	private final CdsServiceRequestJsonDeserializer hapis = new CdsServiceRequestJsonDeserializer(FHIR, MAPPER);

	@TestFactory
	Stream<DynamicTest> sameRequestAsHapiReadsForEveryExample() throws Exception {
		List<Path> requests;
		try (Stream<Path> files = Files.walk(Path.of("hooks"))) {
			requests = files.filter(path -> path.toString().endsWith(".request.json")).sorted().toList();
		}
		return requests.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
			JsonNode body = MAPPER.readTree(file.toFile());
			CdsServiceRequestJson expected = hapis.deserialize(SERVICE, body);
			CdsServiceRequestJson actual = ours.deserialize(SERVICE, body);

			assertThat(actual.getHook()).isEqualTo(expected.getHook());
			assertThat(actual.getHookInstance()).isEqualTo(expected.getHookInstance());
			assertThat(actual.getFhirServer()).isEqualTo(expected.getFhirServer());
			assertThat(actual.getPrefetchKeys()).containsExactlyElementsOf(expected.getPrefetchKeys());
			for (String key : expected.getPrefetchKeys()) {
				assertSameResource(key, actual.getPrefetch(key), expected.getPrefetch(key));
			}
			assertThat(actual.getContext().getKeys()).containsExactlyElementsOf(expected.getContext().getKeys());
			for (String key : expected.getContext().getKeys()) {
				Object want = expected.getContext().get(key);
				Object got = actual.getContext().get(key);
				if (want instanceof IBaseResource resource) {
					assertSameResource(key, (IBaseResource) got, resource);
				}
				else {
					assertThat(got).as(key).isEqualTo(want);
				}
			}
		}));
	}

	@Test
	void aBrokenEmbeddedResourceIsTheClientsDataError() throws Exception {
		JsonNode body = MAPPER.readTree(
				"""
						{"hook": "order-sign", "hookInstance": "x", "context": {"patientId": "p",
						 "draftOrders": {"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "NoSuchType"}}]}}}""");

		assertThatThrownBy(() -> ours.deserialize(SERVICE, body)).isInstanceOf(DataFormatException.class);
	}

	@Test
	void aDecimalKeepsItsWrittenPrecision() throws Exception {
		JsonNode body = MAPPER.readTree("""
				{"hook": "order-sign", "hookInstance": "x", "context": {"patientId": "p"},
				 "prefetch": {"egfr": {"resourceType": "Observation", "status": "final", "code": {"text": "eGFR"},
				  "valueQuantity": {"value": 25.50, "unit": "mL/min/1.73m2"}}}}""");

		Observation egfr = (Observation) ours.deserialize(SERVICE, body).getPrefetch("egfr");

		assertThat(egfr.getValueQuantity().getValueElement().getValueAsString()).isEqualTo("25.50");
	}

	@Test
	void aDraftOrderKeepsItsOwnIdUnderAUrnFullUrl() throws Exception {
		JsonNode body = MAPPER.readTree("""
				{"hook": "order-sign", "hookInstance": "x", "context": {"patientId": "p", "draftOrders":
				 {"resourceType": "Bundle", "type": "collection", "entry": [
				  {"fullUrl": "urn:uuid:6f1c2b1e-0d7a-4c1e-9a51-3c7c2f0e8d11",
				   "resource": {"resourceType": "ServiceRequest", "id": "draft-1", "status": "draft",
				                "intent": "order", "subject": {"reference": "Patient/p"}}},
				  {"fullUrl": "https://ehr.example.org/fhir/ServiceRequest/draft-2",
				   "resource": {"resourceType": "ServiceRequest", "id": "draft-2", "status": "draft",
				                "intent": "order", "subject": {"reference": "Patient/p"}}}]}}}""");

		Bundle drafts = (Bundle) ours.deserialize(SERVICE, body).getContext().get("draftOrders");

		assertThat(entryIds(drafts))
			.containsExactly("ServiceRequest/draft-1", "https://ehr.example.org/fhir/ServiceRequest/draft-2")
			.isEqualTo(entryIds((Bundle) hapis.deserialize(SERVICE, body).getContext().get("draftOrders")));
	}

	@Test
	void aPrefetchValueThatIsNotFhirIsRefusedWhenRead() throws Exception {
		JsonNode body = MAPPER.readTree("""
				{"hook": "order-sign", "hookInstance": "x", "context": {"patientId": "p"},
				 "prefetch": {"patient": ["Patient/p"], "conditions": {"resourceType": "NoSuchType"},
				  "procedures": {"resourceType": "Bundle", "type": "searchset"}}}""");

		CdsServiceRequestJson request = ours.deserialize(SERVICE, body);

		assertThat(request.getPrefetchKeys()).containsExactly("patient", "conditions", "procedures");
		assertThat(request.getPrefetch("procedures")).isInstanceOf(Bundle.class);
		assertThat(request.getPrefetchKeys()).as("in the order sent, read or not")
			.containsExactly("patient", "conditions", "procedures");
		assertThatThrownBy(() -> request.getPrefetch("patient")).isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("Prefetch key 'patient' is not valid FHIR R4 JSON");
		assertThatThrownBy(() -> request.getPrefetch("conditions")).isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("'conditions'");
		assertThatThrownBy(() -> request.getPrefetch("conditions")).as("still refused when read again")
			.isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void aPrefetchValueIsParsedOnceAndNullMeansNoData() throws Exception {
		JsonNode body = MAPPER.readTree("""
				{"hook": "order-sign", "hookInstance": "x", "context": {"patientId": "p"},
				 "prefetch": {"patient": {"resourceType": "Patient", "id": "p"}, "devices": null}}""");

		CdsServiceRequestJson request = ours.deserialize(SERVICE, body);

		assertThat(request.getPrefetch("patient")).isSameAs(request.getPrefetch("patient"));
		assertThat(request.getPrefetchKeys()).containsExactly("patient", "devices");
		assertThat(request.getPrefetch("devices")).isNull();
		assertThat(request.getPrefetch("absent")).isNull();
	}

	@Test
	void aPrefetchValueSetOrRemovedLaterWinsOverTheUnparsedOne() throws Exception {
		JsonNode body = MAPPER.readTree("""
				{"hook": "order-sign", "hookInstance": "x", "context": {"patientId": "p"},
				 "prefetch": {"patient": ["not FHIR"], "devices": ["not FHIR"]}}""");
		CdsServiceRequestJson request = ours.deserialize(SERVICE, body);
		Observation replacement = new Observation();

		request.addPrefetch("patient", replacement);
		request.removePrefetch("devices");

		assertThat(request.getPrefetch("patient")).isSameAs(replacement);
		assertThat(request.getPrefetchKeys()).containsExactly("patient");
	}

	/**
	 * The same content and, for a Bundle, the same full id on every entry (the encoding
	 * shows only id parts).
	 */
	private static void assertSameResource(String key, IBaseResource actual, IBaseResource expected) {
		assertThat(encoded(actual)).as(key).isEqualTo(encoded(expected));
		if (expected instanceof Bundle bundle) {
			assertThat(entryIds((Bundle) actual)).as(key).isEqualTo(entryIds(bundle));
		}
	}

	private static List<String> entryIds(Bundle bundle) {
		return bundle.getEntry().stream().map(entry -> entry.getResource().getIdElement().getValue()).toList();
	}

	private static String encoded(IBaseResource resource) {
		return resource == null ? null : FHIR.newJsonParser().encodeResourceToString(resource);
	}

	private static CdsServiceJson service() {
		CdsServiceJson service = new CdsServiceJson();
		service.setExtensionClass(CdsHooksExtension.class);
		return service;
	}

}

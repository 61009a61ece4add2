package org.spinecds.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsHooksExtension;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceJson;
import ca.uhn.hapi.fhir.cdshooks.module.CdsHooksObjectMapperFactory;
import ca.uhn.hapi.fhir.cdshooks.serializer.CdsServiceRequestJsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Our one-pass request reader gives exactly what HAPI's deserializer gives, for every hooks/ request. */
class SinglePassRequestDeserializerTest {

	private static final FhirContext FHIR = quietFhirContext();
	private static final ObjectMapper MAPPER = new CdsHooksObjectMapperFactory(FHIR).newMapper();
	private static final CdsServiceJson SERVICE = service();

	private final SinglePassRequestDeserializer ours = new SinglePassRequestDeserializer(FHIR, MAPPER);
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
				assertThat(encoded(actual.getPrefetch(key))).as(key).isEqualTo(encoded(expected.getPrefetch(key)));
			}
			assertThat(actual.getContext().getKeys()).containsExactlyElementsOf(expected.getContext().getKeys());
			for (String key : expected.getContext().getKeys()) {
				Object want = expected.getContext().get(key);
				Object got = actual.getContext().get(key);
				if (want instanceof IBaseResource resource) {
					assertThat(encoded((IBaseResource) got)).as(key).isEqualTo(encoded(resource));
				} else {
					assertThat(got).as(key).isEqualTo(want);
				}
			}
		}));
	}

	@Test
	void aBrokenEmbeddedResourceIsTheClientsDataError() throws Exception {
		JsonNode body = MAPPER.readTree("""
				{"hook": "order-sign", "hookInstance": "x", "context": {"patientId": "p",
				 "draftOrders": {"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "NoSuchType"}}]}}}""");

		assertThatThrownBy(() -> ours.deserialize(SERVICE, body)).isInstanceOf(DataFormatException.class);
	}

	private static String encoded(IBaseResource resource) {
		return resource == null ? null : FHIR.newJsonParser().encodeResourceToString(resource);
	}

	/** Lenient as the application's (the sandbox examples have single objects where R4 has arrays), and silent. */
	private static FhirContext quietFhirContext() {
		FhirContext context = FhirContext.forR4();
		context.setParserErrorHandler(new LenientErrorHandler(false));
		return context;
	}

	private static CdsServiceJson service() {
		CdsServiceJson service = new CdsServiceJson();
		service.setExtensionClass(CdsHooksExtension.class);
		return service;
	}
}

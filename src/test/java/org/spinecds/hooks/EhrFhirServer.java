package org.spinecds.hooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;

/**
 * WireMock playing the EHR's FHIR server under {@code /fhir}: serves a hook request's own
 * prefetch as the answers to its prefetch templates, so a request sent without prefetch
 * must get the same cards.
 */
final class EhrFhirServer {

	final WireMockServer wireMock = new WireMockServer(options().dynamicPort());

	EhrFhirServer start() {
		wireMock.start();
		return this;
	}

	void stop() {
		wireMock.stop();
	}

	String base() {
		return "http://localhost:" + wireMock.port() + "/fhir";
	}

	/** The search each prefetch key turns into, by resource type. */
	static final Map<String, String> SEARCHED_TYPES = Map.of("conditions", "Condition", "procedures", "Procedure",
			"observations", "Observation", "allergies", "AllergyIntolerance", "devices", "Device", "medications",
			"MedicationRequest");

	/**
	 * Stubs Patient/{id} and the searches of every prefetch key the request carries with
	 * that prefetch; a key the request lacks stays unstubbed (404), as on an EHR that
	 * cannot answer it.
	 */
	void servePrefetchOf(JsonNode request) {
		String patientId = request.at("/context/patientId").asText();
		wireMock.stubFor(patientRead(patientId).willReturn(fhir(request.at("/prefetch/patient"))));
		SEARCHED_TYPES.forEach((key, type) -> {
			if (request.at("/prefetch").has(key)) {
				wireMock.stubFor(search(type, patientId).willReturn(fhir(request.at("/prefetch/" + key))));
			}
		});
	}

	static MappingBuilder patientRead(String patientId) {
		return get(urlPathEqualTo("/fhir/Patient/" + patientId));
	}

	static MappingBuilder search(String resourceType, String patientId) {
		return get(urlPathEqualTo("/fhir/" + resourceType)).withQueryParam("patient", equalTo(patientId));
	}

	static ResponseDefinitionBuilder fhir(JsonNode resource) {
		return fhir(resource.toString());
	}

	static ResponseDefinitionBuilder fhir(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/fhir+json").withBody(body);
	}

	List<LoggedRequest> requests() {
		return wireMock.getAllServeEvents()
			.stream()
			.map(event -> event.getRequest())
			.map(LoggedRequest.class::cast)
			.toList();
	}

	/**
	 * The request as a client sends it that has no prefetch but a FHIR server (and a
	 * token, if not null).
	 */
	static ObjectNode withoutPrefetch(JsonNode request, String fhirServer, String accessToken) {
		ObjectNode copy = request.deepCopy();
		copy.remove("prefetch");
		copy.put("fhirServer", fhirServer);
		copy.remove("fhirAuthorization");
		if (accessToken != null) {
			copy.putObject("fhirAuthorization")
				.put("access_token", accessToken)
				.put("token_type", "Bearer")
				.put("expires_in", 300)
				.put("scope", "patient/Patient.read patient/Condition.read patient/Procedure.read")
				.put("subject", "lumbar-imaging-cds");
		}
		return copy;
	}

}

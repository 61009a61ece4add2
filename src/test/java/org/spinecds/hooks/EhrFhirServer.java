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

/**
 * WireMock playing the EHR's FHIR server under {@code /fhir}: serves a hook request's own prefetch as the answers to
 * its prefetch templates, so a request sent without prefetch must get the same cards.
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

	/** Stubs Patient/{id}, Condition?patient={id} and Procedure?patient={id} with the request's prefetch. */
	void servePrefetchOf(JsonNode request) {
		String patientId = request.at("/context/patientId").asText();
		wireMock.stubFor(patientRead(patientId).willReturn(fhir(request.at("/prefetch/patient"))));
		wireMock.stubFor(search("Condition", patientId).willReturn(fhir(request.at("/prefetch/conditions"))));
		wireMock.stubFor(search("Procedure", patientId).willReturn(fhir(request.at("/prefetch/procedures"))));
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
		return wireMock.getAllServeEvents().stream().map(event -> event.getRequest()).map(LoggedRequest.class::cast)
				.toList();
	}

	/** The request as a client sends it that has no prefetch but a FHIR server (and a token, if not null). */
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

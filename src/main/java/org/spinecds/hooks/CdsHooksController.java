package org.spinecds.hooks;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.hapi.fhir.cdshooks.api.ICdsServiceRegistry;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServicesJson;
import java.util.Map;
import org.spinecds.security.VerifiedCdsClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CDS Hooks endpoints. HAPI's own CdsHooksController is not used: it maps no errors (every client mistake becomes
 * a 500) and binds feedback to a single item instead of the spec's {@code {"feedback": [...]}}.
 */
@RestController
@RequestMapping("/cds-services")
class CdsHooksController {

	private final ICdsServiceRegistry registry;

	CdsHooksController(ICdsServiceRegistry registry) {
		this.registry = registry;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	CdsServicesJson discovery() {
		return registry.getCdsServicesJson();
	}

	@PostMapping(
			path = "/{serviceId}",
			consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	CdsServiceResponseJson call(
			@PathVariable String serviceId,
			@RequestBody Object body,
			@RequestAttribute(name = VerifiedCdsClient.REQUEST_ATTRIBUTE, required = false) VerifiedCdsClient client) {
		long started = System.nanoTime();
		OrderHook service = OrderHook.byServiceId(serviceId)
				.orElseThrow(() -> new ResourceNotFoundException("There is no CDS service '"
						+ RequestEnvelope.abbreviate(serviceId) + "' here; GET /cds-services lists the services."));
		String hookInstance = body instanceof Map<?, ?> request && request.get("hookInstance") instanceof String id
				? id
				: null;
		try {
			RequestEnvelope.check(service, body);
			CdsServiceResponseJson response = registry.callService(serviceId, body);
			HookCallLog.answered(service, hookInstance, client, response, started);
			return response;
		} catch (RuntimeException e) {
			HookCallLog.failed(service, hookInstance, client, e, started);
			throw e;
		}
	}
}

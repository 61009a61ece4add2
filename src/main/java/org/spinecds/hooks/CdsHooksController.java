package org.spinecds.hooks;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.hapi.fhir.cdshooks.api.ICdsServiceRegistry;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServicesJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import org.spinecds.ClientText;
import org.spinecds.cards.ArgonautCdsServiceResponseJson;
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
 * The CDS Hooks endpoints. HAPI's own CdsHooksController is not used: it maps no errors
 * (every client mistake becomes a 500) and binds feedback to a single item instead of the
 * spec's {@code {"feedback": [...]}} (feedback is served by
 * {@code org.spinecds.feedback}).
 */
@RestController
@RequestMapping("/cds-services")
class CdsHooksController {

	private final ICdsServiceRegistry registry;

	private final HookCallRecorder recorder;

	private final HookMetrics metrics;

	private final Clock clock;

	CdsHooksController(ICdsServiceRegistry registry, HookCallRecorder recorder, HookMetrics metrics, Clock clock) {
		this.registry = registry;
		this.recorder = recorder;
		this.metrics = metrics;
		this.clock = clock;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	CdsServicesJson discovery() {
		return registry.getCdsServicesJson();
	}

	@PostMapping(path = "/{serviceId}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	CdsServiceResponseJson call(@PathVariable String serviceId, @RequestBody JsonNode body,
			@RequestAttribute(name = VerifiedCdsClient.REQUEST_ATTRIBUTE, required = false) VerifiedCdsClient client) {
		long started = CallArrival.nanos();
		OrderHook service = OrderHook.byServiceId(serviceId)
			.orElseThrow(() -> new ResourceNotFoundException("There is no CDS service '"
					+ ClientText.abbreviate(serviceId) + "' here; GET /cds-services lists the services."));
		IncomingHookCall call = IncomingHookCall.of(body, client, clock.instant(), started);
		try {
			RequestEnvelope.check(service, body);
			ArgonautCdsServiceResponseJson response = (ArgonautCdsServiceResponseJson) registry.callService(serviceId,
					body);
			HookCallLog.answered(service, call.hookInstance(), client, response, started);
			metrics.answered(service, response, started);
			recorder.answered(service, call, response);
			return response;
		}
		catch (RuntimeException e) {
			HookCallLog.failed(service, call.hookInstance(), client, e, started);
			metrics.failed(service, e, started);
			recorder.refused(service, call, e);
			throw e;
		}
	}

}

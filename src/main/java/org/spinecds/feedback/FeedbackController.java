package org.spinecds.feedback;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.hapi.fhir.cdshooks.api.ICdsServiceRegistry;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceFeedbackJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinecds.ClientText;
import org.spinecds.ErrorOutcomes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * CDS Hooks 2.0 feedback: {@code POST /cds-services/{id}/feedback} with
 * {@code {"feedback": [...]}}. Served here and not by HAPI, which binds the body to a
 * single item. Answers 200 only once the items are committed.
 */
@RestController
@RequestMapping("/cds-services")
class FeedbackController {

	private static final Logger LOG = LoggerFactory.getLogger(FeedbackController.class);

	private final ICdsServiceRegistry registry;

	private final FeedbackStore store;

	private final ObjectMapper json;

	private final ErrorOutcomes errors;

	private final DatabaseAvailability availability;

	private final Duration retryAfter;

	private final RequestPathDatabase database;

	FeedbackController(ICdsServiceRegistry registry, FeedbackStore store, ObjectMapper json, ErrorOutcomes errors,
			DatabaseAvailability availability, DatabaseProperties properties, RequestPathDatabase database) {
		this.registry = registry;
		this.store = store;
		this.json = json;
		this.errors = errors;
		this.availability = availability;
		this.retryAfter = properties.feedbackRetryAfter();
		this.database = database;
	}

	@PostMapping(path = "/{serviceId}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> feedback(@PathVariable String serviceId, @RequestBody(required = false) String body) {
		if (registry.getCdsServicesJson()
			.getServices()
			.stream()
			.noneMatch(service -> service.getId().equals(serviceId))) {
			throw new ResourceNotFoundException("There is no CDS service '" + ClientText.abbreviate(serviceId)
					+ "' here to take feedback; GET /cds-services lists the services.");
		}
		List<CdsServiceFeedbackJson> items = FeedbackReader.read(parse(body));
		if (!availability.mayTry()) {
			throw new FeedbackStoreUnavailable();
		}
		int stored;
		try {
			stored = database.call(() -> store.store(serviceId, items));
		}
		catch (RuntimeException e) {
			if (!DatabaseFailures.isOutage(e)) {
				throw e;
			}
			availability.failed(e);
			throw new FeedbackStoreUnavailable();
		}
		availability.succeeded();
		LOG.info("feedback service={} items={} new={}", serviceId, items.size(), stored);
		return Map.of();
	}

	/**
	 * Nothing was stored, and the client is told so at once (clients retry a 503): better
	 * than holding it while the database does not answer, or answering 200 for feedback
	 * that only lives in memory.
	 */
	@ExceptionHandler(FeedbackStoreUnavailable.class)
	ResponseEntity<String> unavailable() {
		LOG.warn("feedback refused with 503: the database is unreachable");
		return errors.unavailable(retryAfter, "The feedback store is unreachable; nothing was stored. Send the same"
				+ " feedback again after " + retryAfter.toSeconds() + " s (a repeated item is stored once).");
	}

	@ExceptionHandler(FeedbackRejected.class)
	ResponseEntity<String> rejected(FeedbackRejected e) {
		return errors.answer(ResponseEntity.badRequest(), e.outcome());
	}

	private JsonNode parse(String body) {
		if (body == null) {
			return null;
		}
		try {
			return json.readTree(body);
		}
		catch (JsonProcessingException e) {
			String where = e.getLocation() == null ? ""
					: " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
			throw new FeedbackRejected(new FeedbackProblem("feedback",
					"Malformed JSON in the feedback body" + where + ": send {\"feedback\": [...]}."));
		}
	}

}

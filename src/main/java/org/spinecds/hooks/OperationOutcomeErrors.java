package org.spinecds.hooks;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinecds.ErrorOutcomes;
import org.spinecds.security.RequestBodyTooLargeException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error answer is a FHIR OperationOutcome with a message a person can act on (CDS
 * Hooks 3.0 ballot), never a stack trace. Messages never echo patient data.
 */
@RestControllerAdvice
class OperationOutcomeErrors {

	private static final Logger LOG = LoggerFactory.getLogger(OperationOutcomeErrors.class);

	private final ErrorOutcomes errors;

	OperationOutcomeErrors(ErrorOutcomes errors) {
		this.errors = errors;
	}

	@ExceptionHandler(BaseServerResponseException.class)
	ResponseEntity<String> fhirStatus(BaseServerResponseException e) {
		HttpStatus status = HttpStatus.valueOf(e.getStatusCode());
		IssueType type = switch (status) {
			case NOT_FOUND -> IssueType.NOTFOUND;
			case PRECONDITION_FAILED -> IssueType.INCOMPLETE;
			default -> IssueType.INVALID;
		};
		return outcome(status, type, withoutHapiCode(e.getMessage()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<String> unreadable(HttpMessageNotReadableException e) {
		if (e.getMostSpecificCause() instanceof RequestBodyTooLargeException tooLarge) {
			return outcome(HttpStatus.PAYLOAD_TOO_LARGE, IssueType.TOOLONG, tooLarge.getMessage());
		}
		if (e.getMostSpecificCause() instanceof StreamConstraintsException) {
			return outcome(HttpStatus.BAD_REQUEST, IssueType.TOOLONG, "The request body is beyond this service's JSON"
					+ " limits (nested too deeply, or a string or number too long): send one CDS Hooks request.");
		}
		String where = e.getMostSpecificCause() instanceof JsonProcessingException json && json.getLocation() != null
				? " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() : "";
		if (e.getMostSpecificCause() instanceof JsonProcessingException json && json.getLocation() == JsonLocation.NA) {
			where = "";
		}
		return outcome(HttpStatus.BAD_REQUEST, IssueType.STRUCTURE,
				"Malformed JSON in the request body" + where + ": send one CDS Hooks request as a JSON object.");
	}

	@ExceptionHandler(DataFormatException.class)
	ResponseEntity<String> notFhir(DataFormatException e) {
		return outcome(HttpStatus.BAD_REQUEST, IssueType.STRUCTURE,
				"A FHIR resource in the request (context.draftOrders or prefetch) is not valid FHIR R4 JSON.");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<String> unsupportedContentType(HttpMediaTypeNotSupportedException e) {
		return outcome(HttpStatus.UNSUPPORTED_MEDIA_TYPE, IssueType.NOTSUPPORTED,
				"Unsupported content type '" + e.getContentType() + "': send the request as application/json.");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<String> notAcceptable(HttpMediaTypeNotAcceptableException e) {
		return outcome(HttpStatus.NOT_ACCEPTABLE, IssueType.NOTSUPPORTED,
				"This service answers only application/json.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<String> wrongMethod(HttpRequestMethodNotSupportedException e) {
		return outcome(HttpStatus.METHOD_NOT_ALLOWED, IssueType.NOTSUPPORTED,
				"Method " + e.getMethod() + " is not supported here: discovery is GET /cds-services, a hook call is"
						+ " POST /cds-services/{id}.");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<String> noSuchPath(NoResourceFoundException e) {
		return outcome(HttpStatus.NOT_FOUND, IssueType.NOTFOUND,
				"Nothing here: CDS Hooks discovery is GET /cds-services.");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<String> unexpected(Exception e) {
		LOG.error("Unexpected error answering a request", e);
		return outcome(HttpStatus.INTERNAL_SERVER_ERROR, IssueType.EXCEPTION,
				"The service failed unexpectedly; the error is in its log. No card was produced.");
	}

	ResponseEntity<String> outcome(HttpStatus status, IssueType type, String message) {
		return errors.answer(status, type, message);
	}

	/**
	 * HAPI prefixes messages with its own error code ("HAPI-2548: "), which means nothing
	 * to a CDS client.
	 */
	private static String withoutHapiCode(String message) {
		return message == null ? "Request refused." : message.replaceFirst("^HAPI-\\d+: ", "");
	}

}

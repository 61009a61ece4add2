package org.spinecds;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes every error answer, wherever it is made (MVC advice, controllers, servlet
 * filters): a FHIR OperationOutcome of error issues (CDS Hooks 3.0 ballot), as
 * application/json.
 */
@Component
public class ErrorOutcomes {

	private final FhirContext fhirContext;

	public ErrorOutcomes(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	public static OperationOutcome of(IssueType type, String diagnostics) {
		OperationOutcome outcome = new OperationOutcome();
		addIssue(outcome, type, diagnostics);
		return outcome;
	}

	public static OperationOutcomeIssueComponent addIssue(OperationOutcome outcome, IssueType type,
			String diagnostics) {
		return outcome.addIssue()
			.setSeverity(OperationOutcome.IssueSeverity.ERROR)
			.setCode(type)
			.setDiagnostics(diagnostics);
	}

	/** A one-issue answer for Spring MVC. */
	public ResponseEntity<String> answer(HttpStatusCode status, IssueType type, String diagnostics) {
		return answer(ResponseEntity.status(status), of(type, diagnostics));
	}

	/** The answer begun with {@code status} (and any headers on it) for Spring MVC. */
	public ResponseEntity<String> answer(ResponseEntity.BodyBuilder status, OperationOutcome outcome) {
		return status.contentType(MediaType.APPLICATION_JSON).body(json(outcome));
	}

	/**
	 * 503 with {@code Retry-After} in whole seconds: nothing was done, the client
	 * retries.
	 */
	public ResponseEntity<String> unavailable(Duration retryAfter, String diagnostics) {
		return answer(
				ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
					.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds()))),
				of(IssueType.TRANSIENT, diagnostics));
	}

	/**
	 * A one-issue answer from a servlet filter, where Spring MVC's error handling does
	 * not reach.
	 */
	public void write(HttpServletResponse response, int status, IssueType type, String diagnostics) throws IOException {
		byte[] body = json(of(type, diagnostics)).getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private String json(OperationOutcome outcome) {
		return fhirContext.newJsonParser().encodeResourceToString(outcome);
	}

}

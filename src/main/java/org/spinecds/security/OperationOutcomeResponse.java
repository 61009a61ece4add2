package org.spinecds.security;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.spinecds.ErrorOutcome;
import org.springframework.http.MediaType;

/**
 * Writes a one-issue FHIR OperationOutcome from a servlet filter, where Spring MVC's
 * error handling does not reach.
 */
class OperationOutcomeResponse {

	private final FhirContext fhirContext;

	OperationOutcomeResponse(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	void send(HttpServletResponse response, int status, IssueType type, String diagnostics) throws IOException {
		byte[] body = ErrorOutcome.json(fhirContext, ErrorOutcome.of(type, diagnostics))
			.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}

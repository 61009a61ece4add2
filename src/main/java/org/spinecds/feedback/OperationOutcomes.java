package org.spinecds.feedback;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.spinecds.ErrorOutcome;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Error answers of the feedback and admin endpoints, as FHIR OperationOutcomes like every
 * other error here.
 */
@Component
class OperationOutcomes {

	private final FhirContext fhirContext;

	OperationOutcomes(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	/** One issue per problem, each naming where it is. */
	ResponseEntity<String> invalid(List<FeedbackProblem> problems) {
		OperationOutcome outcome = new OperationOutcome();
		for (FeedbackProblem problem : problems) {
			ErrorOutcome.addIssue(outcome, IssueType.INVALID, problem.message()).addExpression(problem.expression());
		}
		return json(ResponseEntity.badRequest(), outcome);
	}

	ResponseEntity<String> error(HttpStatus status, IssueType type, String message) {
		return json(ResponseEntity.status(status), ErrorOutcome.of(type, message));
	}

	ResponseEntity<String> unauthorized(String message) {
		return json(ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer"),
				ErrorOutcome.of(IssueType.LOGIN, message));
	}

	private ResponseEntity<String> json(ResponseEntity.BodyBuilder answer, OperationOutcome outcome) {
		return answer.contentType(MediaType.APPLICATION_JSON).body(ErrorOutcome.json(fhirContext, outcome));
	}

}

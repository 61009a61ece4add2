package org.spinecds;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;

/**
 * The body of every error answer, wherever it is written (MVC advice, servlet filter,
 * feedback endpoint): a FHIR OperationOutcome of error issues (CDS Hooks 3.0 ballot).
 */
public final class ErrorOutcome {

	private ErrorOutcome() {
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

	public static String json(FhirContext fhirContext, OperationOutcome outcome) {
		return fhirContext.newJsonParser().encodeResourceToString(outcome);
	}

}

package org.spinecds.feedback;

import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.spinecds.ErrorOutcomes;

/** A feedback body with problems; nothing of it is stored. */
class FeedbackRejected extends RuntimeException {

	private final transient List<FeedbackProblem> problems;

	FeedbackRejected(List<FeedbackProblem> problems) {
		super(problems.size() + " problem(s) in the feedback body");
		this.problems = List.copyOf(problems);
	}

	FeedbackRejected(FeedbackProblem problem) {
		this(List.of(problem));
	}

	List<FeedbackProblem> problems() {
		return problems;
	}

	/** One issue per problem, each naming where it is. */
	OperationOutcome outcome() {
		OperationOutcome outcome = new OperationOutcome();
		for (FeedbackProblem problem : problems) {
			ErrorOutcomes.addIssue(outcome, IssueType.INVALID, problem.message()).addExpression(problem.expression());
		}
		return outcome;
	}

}

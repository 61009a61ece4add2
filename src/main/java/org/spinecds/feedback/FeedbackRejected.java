package org.spinecds.feedback;

import java.util.List;

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

}

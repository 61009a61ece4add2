package org.spinecds.feedback;

/**
 * One thing wrong with a feedback body.
 *
 * @param expression where, like {@code feedback[2].outcome}
 * @param message what to fix, starting with the expression
 */
record FeedbackProblem(String expression, String message) {
}

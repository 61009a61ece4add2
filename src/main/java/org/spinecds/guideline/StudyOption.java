package org.spinecds.guideline;

/**
 * A study the card offers in place of (or beside) the ordered one, with its ACR rating.
 */
public record StudyOption(StudyCategory study, AcrRating rating, boolean recommended) {
}

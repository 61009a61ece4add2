package org.spinecds.guideline;

import java.time.LocalDate;
import java.util.Set;
import org.spinecds.guideline.evidence.PatientFacts;

/**
 * One guideline topic (e.g. ACR Low Back Pain): which orders it looks at, what record
 * data it reads, and its answer for an ordered study.
 */
public interface Guideline {

	String id();

	/** The record data its variants read. */
	Set<PatientFacts.Need> dataNeeds();

	/** Whether the guideline may have something to say about this study. */
	boolean covers(OrderedStudy ordered);

	GuidelineOutcome evaluate(OrderedStudy ordered, PatientFacts facts, SafetyReviewer safety, LocalDate today);

}

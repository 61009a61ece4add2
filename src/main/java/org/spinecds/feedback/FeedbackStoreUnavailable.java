package org.spinecds.feedback;

/** The database cannot take feedback now; nothing of the request was stored. */
class FeedbackStoreUnavailable extends RuntimeException {

	FeedbackStoreUnavailable() {
		super("feedback store unreachable", null, false, false);
	}

}

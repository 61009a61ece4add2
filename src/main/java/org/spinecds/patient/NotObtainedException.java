package org.spinecds.patient;

/** Ends one key's fetch with the reason it was not obtained. */
final class NotObtainedException extends Exception {

	private final transient NotObtained reason;

	NotObtainedException(NotObtained reason) {
		super(reason.explanation(), null, false, false);
		this.reason = reason;
	}

	NotObtained reason() {
		return reason;
	}

}

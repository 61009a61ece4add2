package org.spinecds.terminology;

/**
 * A value set file is missing, broken or uses an unsupported feature; the service must
 * not start.
 */
public class TerminologyLoadException extends RuntimeException {

	public TerminologyLoadException(String message) {
		super(message);
	}

	public TerminologyLoadException(String message, Throwable cause) {
		super(message, cause);
	}

}

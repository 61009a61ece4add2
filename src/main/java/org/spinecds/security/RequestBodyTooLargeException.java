package org.spinecds.security;

import java.io.IOException;

/**
 * Thrown while reading a request body that turns out longer than the configured limit;
 * answered with 413.
 */
public class RequestBodyTooLargeException extends IOException {

	RequestBodyTooLargeException(long maxBytes) {
		super(message(maxBytes));
	}

	/** What the client is told. */
	static String message(long maxBytes) {
		return "The request body is larger than the " + maxBytes + " bytes this service accepts.";
	}

}

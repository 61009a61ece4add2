package org.spinecds.security;

/**
 * Client-supplied values (an unverified iss, kid or jti) made safe to log: printable and
 * short.
 */
final class LogSafe {

	private static final int MAX_LENGTH = 80;

	private LogSafe() {
	}

	static String value(Object value) {
		if (value == null) {
			return "-";
		}
		String printable = value.toString().replaceAll("\\p{Cntrl}", "?");
		return printable.length() <= MAX_LENGTH ? printable : printable.substring(0, MAX_LENGTH) + "...";
	}

}

package org.spinecds.security;

import org.spinecds.ClientText;

/**
 * Client-supplied values (an unverified iss, kid or jti) made safe to log: printable and
 * short.
 */
final class LogSafe {

	private LogSafe() {
	}

	static String value(Object value) {
		return value == null ? "-" : ClientText.abbreviate(value.toString(), 80);
	}

}

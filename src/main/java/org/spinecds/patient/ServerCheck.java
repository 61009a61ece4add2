package org.spinecds.patient;

import java.net.URI;

/**
 * A request's fhirServer after the allowlist check: the base URL to query, or why it may
 * not be queried.
 */
record ServerCheck(URI base, String refusal) {

	static ServerCheck allowed(URI base) {
		return new ServerCheck(base, null);
	}

	static ServerCheck refused(String why) {
		return new ServerCheck(null, why);
	}

	boolean isAllowed() {
		return refusal == null;
	}
}

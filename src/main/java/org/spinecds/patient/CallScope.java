package org.spinecds.patient;

import java.util.Optional;

/**
 * What belongs to one hook call when its queries go through a client shared by all calls:
 * the access token the client sent for this fhirServer, and the call's requests in flight
 * (aborted at its deadline). A query binds it to the thread that runs it, for as long as
 * it runs, and {@link CallScopeInterceptor} applies it to every request sent meanwhile.
 */
record CallScope(Optional<String> accessToken, InFlightRequests inFlight) {

	private static final ThreadLocal<CallScope> CURRENT = new ThreadLocal<>();

	/** Ends the binding; try-with-resources, so a pooled thread never keeps it. */
	interface Binding extends AutoCloseable {

		@Override
		void close();

	}

	/** One query runs per thread at a time, so bindings do not nest. */
	Binding bind() {
		CURRENT.set(this);
		return CURRENT::remove;
	}

	static Optional<CallScope> current() {
		return Optional.ofNullable(CURRENT.get());
	}

}

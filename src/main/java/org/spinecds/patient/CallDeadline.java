package org.spinecds.patient;

import java.time.Duration;

/**
 * The moment a hook call's FHIR fetches must be over: cds.fhir.deadline after the call
 * arrived (not after the fetch began), so that time spent before the fetch (JWT checks,
 * parsing) is not granted a second time. On {@link System#nanoTime()}'s clock.
 *
 * @param atNanos when the deadline passes
 * @param length cds.fhir.deadline, for messages
 */
record CallDeadline(long atNanos, Duration length) {

	static CallDeadline after(long callArrivedNanos, Duration length) {
		return new CallDeadline(callArrivedNanos + length.toNanos(), length);
	}

	long remainingNanos() {
		return Math.max(0, atNanos - System.nanoTime());
	}

	boolean hasPassed() {
		return atNanos - System.nanoTime() <= 0;
	}

	/** "2 s" or "500 ms". */
	String describe() {
		return length.toMillis() % 1000 == 0 ? length.toSeconds() + " s" : length.toMillis() + " ms";
	}

}

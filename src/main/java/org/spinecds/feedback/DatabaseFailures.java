package org.spinecds.feedback;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionException;

/** Tells a database that is down, slow or out of connections from a row it refuses. */
final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/**
	 * Whether trying again later may succeed: anything but a constraint or value the
	 * database rejects (the same row would be rejected again).
	 */
	static boolean isOutage(RuntimeException e) {
		return (e instanceof DataAccessException && !(e instanceof DataIntegrityViolationException))
				|| e instanceof TransactionException;
	}

}

package org.spinecds.feedback;

import java.time.Duration;
import org.spinecds.RandomUuids;

/**
 * Takes the audit of each hook call (its row, the orders it rated, the cards it produced)
 * without waiting for the database: the call is handed to the {@link AuditWriter}, which
 * stores it a moment later, or once the database is back. The clinician's answer never
 * waits for its audit.
 */
public class HookCallAudit {

	private final AuditWriter writer;

	HookCallAudit(AuditWriter writer) {
		this.writer = writer;
	}

	public void record(AuditedHookCall call) {
		writer.offer(new QueuedCall(RandomUuids.next(), call));
	}

	/**
	 * Waits until every call recorded so far is stored (or dropped); false if the time
	 * ran out first.
	 */
	public boolean awaitWritten(Duration timeout) {
		try {
			return writer.awaitWritten(timeout);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}

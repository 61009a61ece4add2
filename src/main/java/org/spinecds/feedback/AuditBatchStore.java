package org.spinecds.feedback;

import java.util.List;

/**
 * Writes a batch of audited hook calls in one transaction, skipping those already stored:
 * all of them are stored when it returns, none of them when it throws.
 */
@FunctionalInterface
interface AuditBatchStore {

	void write(List<QueuedCall> batch);

}

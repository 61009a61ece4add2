package org.spinecds.feedback;

/**
 * A hook call waiting for the audit writer.
 *
 * @param callKey the service's own unique key for the call: a batch retried after a
 * commit whose outcome was not seen skips the calls already stored
 */
record QueuedCall(String callKey, AuditedHookCall call) {
}

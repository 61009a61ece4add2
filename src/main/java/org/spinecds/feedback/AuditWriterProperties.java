package org.spinecds.feedback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The write-behind audit (see {@link AuditWriter}).
 *
 * @param queueCapacity hook calls held in memory while the database is slow or down; when
 * full, the oldest is dropped
 * @param batchSize hook calls written in one transaction at most
 * @param initialBackoff wait before the first retry of a batch the database did not take;
 * doubled at each failure
 * @param maxBackoff the longest wait between retries
 * @param shutdownFlushTimeout how long a graceful shutdown tries to write what is queued
 * @param queryTimeout statement timeout of the audit writer and the retention job (the
 * request path has spring.jdbc.template.query-timeout)
 */
@ConfigurationProperties(prefix = "cds.audit.writer")
public record AuditWriterProperties(int queueCapacity, int batchSize, Duration initialBackoff, Duration maxBackoff,
		Duration shutdownFlushTimeout, Duration queryTimeout) {

	public AuditWriterProperties {
		if (queueCapacity < 1 || batchSize < 1) {
			throw new IllegalStateException("cds.audit.writer.queue-capacity and batch-size must be at least 1");
		}
	}

}

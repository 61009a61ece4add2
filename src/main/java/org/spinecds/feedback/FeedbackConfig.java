package org.spinecds.feedback;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration
@EnableConfigurationProperties({ AuditProperties.class, AuditWriterProperties.class, AlertFatigueProperties.class,
		AdminProperties.class, DatabaseProperties.class })
class FeedbackConfig {

	@Bean
	IdHasher idHasher(AuditProperties properties) {
		return IdHasher.withSalt(properties.idHashSalt());
	}

	@Bean
	DatabaseAvailability databaseAvailability(DatabaseProperties properties, MeterRegistry metrics) {
		return new DatabaseAvailability(properties.probeInterval(), metrics);
	}

	@Bean
	RequestPathDatabase requestPathDatabase(DatabaseProperties properties) {
		return new RequestPathDatabase(properties.requestTimeout());
	}

	@Bean
	AuditWriter auditWriter(DataSource dataSource, TransactionTemplate transaction, IdHasher hasher,
			DatabaseAvailability availability, AuditWriterProperties properties, MeterRegistry metrics) {
		return new AuditWriter(new JdbcAuditBatchStore(backgroundJdbc(dataSource, properties), transaction, hasher),
				availability, properties, metrics);
	}

	@Bean
	HookCallAudit hookCallAudit(AuditWriter writer) {
		return new HookCallAudit(writer);
	}

	@Bean
	AuditRetention auditRetention(DataSource dataSource, TransactionTemplate transaction, Clock clock,
			AuditProperties audit, AlertFatigueProperties alertFatigue, AuditWriterProperties writer) {
		return new AuditRetention(JdbcClient.create(backgroundJdbc(dataSource, writer)), transaction, clock, audit,
				alertFatigue);
	}

	@Bean
	SummaryReport summaryReport(DataSource dataSource, AuditWriterProperties writer) {
		return new SummaryReport(JdbcClient.create(backgroundJdbc(dataSource, writer)));
	}

	/**
	 * Off the request path, statements may take longer than there
	 * ({@code spring.jdbc.template.query-timeout}): a batch of a thousand calls, a
	 * retention delete.
	 */
	static JdbcTemplate backgroundJdbc(DataSource dataSource, AuditWriterProperties properties) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.setQueryTimeout((int) Math.max(1, properties.queryTimeout().toSeconds()));
		return jdbc;
	}

}

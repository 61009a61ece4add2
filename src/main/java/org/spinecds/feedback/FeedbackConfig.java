package org.spinecds.feedback;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.autoconfigure.jdbc.JdbcProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration
@EnableConfigurationProperties({ AuditProperties.class, AuditWriterProperties.class, AlertFatigueProperties.class,
		AdminProperties.class, DatabaseProperties.class })
class FeedbackConfig {

	@Bean
	StatementTimeouts statementTimeouts(DataSourceProperties dataSource) {
		return new StatementTimeouts(dataSource.getUrl());
	}

	/**
	 * The request path's statements (alert-fatigue reads, feedback): they time out after
	 * {@code spring.jdbc.template.query-timeout}.
	 */
	@Bean
	JdbcClient jdbcClient(DataSource dataSource, JdbcProperties jdbc, StatementTimeouts timeouts) {
		return JdbcClient.create(timeouts.template(dataSource, jdbc.getTemplate().getQueryTimeout()));
	}

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
	AuditWriter auditWriter(DataSource dataSource, StatementTimeouts timeouts, TransactionTemplate transaction,
			IdHasher hasher, DatabaseAvailability availability, AuditWriterProperties properties,
			MeterRegistry metrics) {
		return new AuditWriter(
				new JdbcAuditBatchStore(timeouts.template(dataSource, properties.queryTimeout()), transaction, hasher),
				availability, properties, metrics);
	}

	@Bean
	HookCallAudit hookCallAudit(AuditWriter writer) {
		return new HookCallAudit(writer);
	}

	@Bean
	AuditRetention auditRetention(DataSource dataSource, StatementTimeouts timeouts, TransactionTemplate transaction,
			Clock clock, AuditProperties audit, AlertFatigueProperties alertFatigue, AuditWriterProperties writer) {
		return new AuditRetention(JdbcClient.create(timeouts.template(dataSource, writer.queryTimeout())), transaction,
				clock, audit, alertFatigue);
	}

	@Bean
	SummaryReport summaryReport(DataSource dataSource, StatementTimeouts timeouts, AuditWriterProperties writer) {
		return new SummaryReport(JdbcClient.create(timeouts.template(dataSource, writer.queryTimeout())));
	}

}

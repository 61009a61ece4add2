package org.spinecds.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ca.uhn.hapi.fhir.cdshooks.api.ICdsServiceRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.spinecds.testing.CdsHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The calls answered before the service reports ready take the real path, and leave no
 * trace of a clinical call.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(HookWarmUpIT.CountedConnections.class)
class HookWarmUpIT {

	/** Counts the connections taken from the pool. */
	@TestConfiguration
	static class CountedConnections {

		static final AtomicInteger TAKEN = new AtomicInteger();

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof DataSource dataSource)) {
						return bean;
					}
					return new DelegatingDataSource(dataSource) {
						@Override
						public Connection getConnection() throws SQLException {
							TAKEN.incrementAndGet();
							return super.getConnection();
						}
					};
				}
			};
		}

	}

	@Autowired
	HookWarmUp warmUp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper mapper;

	@Value("${local.server.port}")
	int port;

	@Test
	void eachWarmUpCallGivesTheCardsOfItsExample() throws Exception {
		int exampleCards = 0;
		for (OrderHook service : OrderHook.values()) {
			JsonNode answer = mapper
				.readTree(Path.of("hooks", "egfr-low-ct", service.hook() + ".response.json").toFile());
			exampleCards += answer.get("cards").size();
		}

		assertThat(exampleCards).isPositive();
		assertThat(warmUp.warmUp()).isEqualTo(HookWarmUp.CALLS_PER_HOOK * exampleCards);
	}

	@Test
	void theWarmUpLeavesNoAuditRowsAndNoHookMetrics() throws Exception {
		Map<String, Long> rowsBefore = rowCounts();
		List<String> metricsBefore = hookMetrics();

		assertThat(warmUp.warmUp()).isPositive();

		assertThat(rowCounts()).isEqualTo(rowsBefore);
		assertThat(hookMetrics()).isEqualTo(metricsBefore);
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : List.of("hook_call", "hook_card", "rated_order")) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	/**
	 * The service's own Prometheus series (hook calls, cards, ratings, FHIR fetches) with
	 * their values.
	 */
	private List<String> hookMetrics() {
		String metrics = new CdsHttp(port).get("/actuator/prometheus", null).body();
		assertThat(metrics).contains("jvm_");
		return metrics.lines().filter(line -> line.startsWith("cds_")).toList();
	}

	@Test
	void theWarmUpNeverTouchesTheDatabase() throws Exception {
		int before = CountedConnections.TAKEN.get();

		assertThat(warmUp.warmUp()).isPositive();

		assertThat(CountedConnections.TAKEN.get()).isEqualTo(before);
	}

	@Test
	void aFailedWarmUpDoesNotStopTheStart() {
		ICdsServiceRegistry failing = (ICdsServiceRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { ICdsServiceRegistry.class }, (proxy, method, arguments) -> {
					throw new IllegalStateException("registry unavailable");
				});

		assertThatCode(() -> new HookWarmUp(failing, mapper).run(new DefaultApplicationArguments()))
			.doesNotThrowAnyException();
	}

}

package org.spinecds.replicas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.feedback.FeedbackBodies.accepted;
import static org.spinecds.feedback.FeedbackBodies.body;
import static org.spinecds.feedback.FeedbackBodies.overridden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.ECKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinecds.feedback.EmbeddedPostgresServer;
import org.spinecds.security.TestKeys;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the service on one PostgreSQL database, as two replicas behind a load
 * balancer: clients call one public URL and either replica answers. What one replica has
 * seen, the other knows: a used jti, an override, feedback.
 */
class TwoReplicasOnOnePostgresIT {

	static final String PUBLIC_BASE = "https://cds.test.example";
	static final String ISSUER = "https://ehr.test.example";
	static final String ADMIN_TOKEN = "replicas-admin-token";
	static final String SELECT = "/cds-services/lumbar-imaging-order-select";
	static final String SIGN = "/cds-services/lumbar-imaging-order-sign";
	static final String SCENARIO = "late-discectomy-ct-without-contrast";
	static final ECKey KEY = TestKeys.es384("ehr-1");

	@TempDir
	static Path keys;

	static Replica first;
	static Replica second;

	@BeforeAll
	static void startTwoReplicas() {
		Path jwks = TestKeys.writePublicJwks(keys.resolve("ehr-jwks.json"), KEY);
		String database = EmbeddedPostgresServer.database("two_replicas");
		first = Replica.start(database, PUBLIC_BASE, ISSUER, KEY, jwks, ADMIN_TOKEN);
		second = Replica.start(database, PUBLIC_BASE, ISSUER, KEY, jwks, ADMIN_TOKEN);
	}

	@AfterAll
	static void stopReplicas() {
		for (Replica replica : new Replica[] { first, second }) {
			if (replica != null) {
				replica.close();
			}
		}
	}

	@BeforeEach
	void emptyDatabase() {
		JdbcClient jdbc = first.context().getBean(JdbcClient.class);
		for (String table : List.of("feedback", "hook_card", "rated_order", "hook_call", "used_jwt")) {
			jdbc.sql("delete from " + table).update();
		}
	}

	@Test
	void aJtiAcceptedByOneReplicaIsRefusedByTheOther() {
		String token = first.tokenFor(SELECT);
		String request = example("order-select").toString();

		assertThat(first.post(SELECT, request, token).statusCode()).isEqualTo(200);
		assertThat(second.post(SELECT, request, token).statusCode()).as("the same token, replayed elsewhere")
			.isEqualTo(401);
		assertThat(first.post(SELECT, request, token).statusCode()).isEqualTo(401);
	}

	@Test
	void aTokenSentToBothReplicasAtOnceIsAcceptedOnce() throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				String token = first.tokenFor("/cds-services");
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> answers = new ArrayList<>();
				for (Replica replica : new Replica[] { first, second }) {
					answers.add(clients.submit(() -> {
						start.await();
						return replica.get("/cds-services", "Bearer " + token).statusCode();
					}));
				}
				start.countDown();
				List<Integer> statuses = new ArrayList<>();
				for (Future<Integer> answer : answers) {
					statuses.add(answer.get());
				}
				assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 401);
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	@Test
	void aCardOverriddenThroughOneReplicaIsSuppressedOnTheOther() {
		JsonNode card = onlyCard(first.hook(SELECT, example("order-select")));
		assertThat(
				second
					.post(SELECT + "/feedback",
							body(overridden(card.get("uuid").asText(), "patient-declines", null,
									"2026-11-20T12:00:30Z")))
					.statusCode())
			.isEqualTo(200);

		assertThat(second.hook(SIGN, example("order-sign")).get("cards")).as("order-sign on the other replica")
			.isEmpty();
		assertThat(first.hook(SELECT, example("order-select")).get("cards")).as("order-select again on the first")
			.isEmpty();
	}

	@Test
	void feedbackPostedToOneReplicaIsInTheOthersSummary() {
		JsonNode card = onlyCard(second.hook(SELECT, example("order-select")));
		assertThat(first
			.post(SELECT + "/feedback",
					body(accepted(card.get("uuid").asText(), card.at("/suggestions/0/uuid").asText(),
							"2026-11-20T12:00:30Z")))
			.statusCode()).isEqualTo(200);

		JsonNode summary = Replica
			.read(second.get("/admin/summary?from=2000-01-01&to=2100-01-01", "Bearer " + ADMIN_TOKEN).body());

		JsonNode select = service(summary, "lumbar-imaging-order-select");
		assertThat(select.get("unmatchedFeedback").asInt()).as("the card issued by the other replica was found")
			.isZero();
		JsonNode cardType = select.get("cardTypes").get(0);
		assertThat(cardType.get("shown").asInt()).isEqualTo(1);
		assertThat(cardType.get("accepted").asInt()).isEqualTo(1);
	}

	private static ObjectNode example(String hook) {
		try {
			return (ObjectNode) Replica.JSON.readTree(Path.of("hooks", SCENARIO, hook + ".request.json").toFile());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static JsonNode service(JsonNode summary, String serviceId) {
		for (JsonNode service : summary.get("services")) {
			if (service.get("serviceId").asText().equals(serviceId)) {
				return service;
			}
		}
		throw new AssertionError("no " + serviceId + " in the summary: " + summary);
	}

	private static JsonNode onlyCard(JsonNode response) {
		assertThat(response.get("cards")).hasSize(1);
		return response.get("cards").get(0);
	}

}

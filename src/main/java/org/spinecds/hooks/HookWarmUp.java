package org.spinecds.hooks;

import ca.uhn.hapi.fhir.cdshooks.api.ICdsServiceRegistry;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Answers a synthetic call to each hook (hooks/egfr-low-ct, packaged under warm-up/)
 * before the service reports ready: the first call after a start otherwise waited about
 * 0.5 s for class loading and first use. Spring Boot reports readiness only after
 * application runners have finished. The calls go to the service registry, not over HTTP:
 * no audit row, no hook metrics. They carry no userId, so the alert-fatigue check has
 * nothing to look up: the warm-up never touches the database, and takes the same time
 * whether it is up or not. A failed warm-up is logged and the service starts anyway.
 */
@Component
class HookWarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HookWarmUp.class);

	/**
	 * Enough to take the code paths past the interpreter's first runs, not enough to
	 * delay readiness noticeably.
	 */
	static final int CALLS_PER_HOOK = 5;

	private final ICdsServiceRegistry registry;

	private final ObjectMapper mapper;

	HookWarmUp(ICdsServiceRegistry registry, ObjectMapper mapper) {
		this.registry = registry;
		this.mapper = mapper;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		long started = System.nanoTime();
		try {
			int cards = warmUp();
			log.info("Warm-up: {} synthetic hook calls answered with {} cards in {} ms",
					CALLS_PER_HOOK * OrderHook.values().length, cards, (System.nanoTime() - started) / 1_000_000);
		}
		catch (IOException | RuntimeException e) {
			log.warn("Warm-up failed ({}); the service starts anyway, its first calls will be slower", e.toString());
		}
	}

	/**
	 * Every warm-up call, answered and written as JSON as a real answer would be; returns
	 * the cards given.
	 */
	int warmUp() throws IOException {
		int cards = 0;
		for (OrderHook service : OrderHook.values()) {
			JsonNode request = request(service);
			for (int call = 0; call < CALLS_PER_HOOK; call++) {
				CdsServiceResponseJson response = registry.callService(service.serviceId(), request.deepCopy());
				mapper.writeValueAsBytes(response);
				cards += response.getCards().size();
			}
		}
		return cards;
	}

	private JsonNode request(OrderHook service) throws IOException {
		try (InputStream in = new ClassPathResource("warm-up/" + service.hook() + ".request.json").getInputStream()) {
			JsonNode request = mapper.readTree(in);
			if (request.get("context") instanceof ObjectNode context) {
				context.remove("userId");
			}
			return request;
		}
	}

}

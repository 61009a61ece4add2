package org.spinecds.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generates malformed CDS Hooks requests from a seeded random source: random JSON values,
 * truncated valid requests, valid requests with one node replaced by a value of another
 * type (mostly inside context, prefetch and draftOrders), fields removed, huge strings
 * and deep nesting. The same seed gives the same requests.
 */
final class MalformedRequests {

	enum Kind {

		RANDOM_JSON, TRUNCATED, WRONG_TYPE, FIELD_REMOVED, HUGE_STRING, DEEP_NESTING

	}

	record Request(int index, Kind kind, String serviceId, String body) {

		String describe() {
			String start = body.length() <= 300 ? body : body.substring(0, 300) + "... (" + body.length() + " chars)";
			return "#" + index + " " + kind + " -> " + serviceId + ": " + start;
		}
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PLACEHOLDER = "deep-nesting-goes-here";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final List<String> FIELD_NAMES = List.of("hook", "hookInstance", "context", "prefetch", "fhirServer",
			"fhirAuthorization", "patientId", "userId", "selections", "draftOrders", "resourceType", "entry",
			"resource", "id", "code", "coding", "system", "reasonCode", "status", "subject", "onsetDateTime",
			"performedDateTime", "extension", "url", "access_token", "");

	private static final List<String> NASTY_STRINGS = List.of("", " ", "null", "ServiceRequest/", "ServiceRequest/x/y",
			"Bundle", "Patient", "OperationOutcome", "order-select", "order-sign", "9999-99-99", "2026-02-30",
			"-0001-01-01T00:00:00Z", "\u0000", "\u202e\ud83d\ude00", "http://", "urn:uuid:", "{\"a\":1}", "[]",
			"1e99999", "NaN", "\\", "\"");

	private static final List<String> SERVICES = List.of("lumbar-imaging-order-select", "lumbar-imaging-order-sign");

	private final Random random;

	private final List<JsonNode> validRequests;

	private int index;

	MalformedRequests(Random random, List<JsonNode> validRequests) {
		this.random = random;
		this.validRequests = validRequests;
	}

	/** Every {@code hooks/<scenario>/<hook>.request.json}. */
	static List<JsonNode> examples(Path hooks) {
		try (Stream<Path> files = Files.walk(hooks)) {
			List<JsonNode> requests = new ArrayList<>();
			for (Path file : files.filter(path -> path.toString().endsWith(".request.json")).sorted().toList()) {
				requests.add(JSON.readTree(file.toFile()));
			}
			return requests;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Request next() {
		Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
		JsonNode valid = validRequests.get(random.nextInt(validRequests.size())).deepCopy();
		// Mostly the service for the request's own hook, so the checks past the envelope
		// are reached.
		String serviceId = random.nextInt(10) == 0 ? SERVICES.get(random.nextInt(SERVICES.size()))
				: "lumbar-imaging-" + valid.path("hook").asText("order-select");
		String body = switch (kind) {
			case RANDOM_JSON -> randomValue(4).toString();
			case TRUNCATED -> {
				String text = valid.toString();
				yield text.substring(0, random.nextInt(text.length()));
			}
			case WRONG_TYPE -> replaceOneNode(valid, randomValue(3)).toString();
			case FIELD_REMOVED -> removeOneField(valid).toString();
			case HUGE_STRING ->
				replaceOneNode(valid, NODES.textNode("x".repeat(100_000 + random.nextInt(2_000_000)))).toString();
			// Spliced in as text: Jackson itself refuses to write JSON nested this deep.
			case DEEP_NESTING -> replaceOneNode(valid, NODES.textNode(PLACEHOLDER)).toString()
				.replace("\"" + PLACEHOLDER + "\"", deeplyNested(20 + random.nextInt(3000)));
		};
		return new Request(index++, kind, serviceId, body);
	}

	private JsonNode randomValue(int depth) {
		int choice = random.nextInt(depth <= 0 ? 5 : 7);
		return switch (choice) {
			case 0 -> NODES.nullNode();
			case 1 -> NODES.booleanNode(random.nextBoolean());
			case 2 -> random.nextBoolean() ? NODES.numberNode(random.nextLong())
					: NODES.numberNode(random.nextDouble() * 1e6);
			case 3 -> NODES.textNode(NASTY_STRINGS.get(random.nextInt(NASTY_STRINGS.size())));
			case 4 -> NODES.textNode(randomString());
			case 5 -> {
				ArrayNode array = NODES.arrayNode();
				for (int i = random.nextInt(4); i > 0; i--) {
					array.add(randomValue(depth - 1));
				}
				yield array;
			}
			default -> {
				ObjectNode object = NODES.objectNode();
				for (int i = random.nextInt(5); i > 0; i--) {
					object.set(FIELD_NAMES.get(random.nextInt(FIELD_NAMES.size())), randomValue(depth - 1));
				}
				yield object;
			}
		};
	}

	private String randomString() {
		StringBuilder text = new StringBuilder();
		for (int i = random.nextInt(20); i > 0; i--) {
			text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x2FFFF) : 0x20 + random.nextInt(0x5F));
		}
		return text.toString().replaceAll("[\\ud800-\\udfff]", "?");
	}

	private String deeplyNested(int depth) {
		StringBuilder opening = new StringBuilder();
		StringBuilder closing = new StringBuilder();
		for (int i = 0; i < depth; i++) {
			boolean array = random.nextBoolean();
			opening.append(array ? "[" : "{\"resource\":");
			closing.append(array ? "]" : "}");
		}
		return opening + "\"bottom\"" + closing.reverse();
	}

	/**
	 * Replaces one node, three times in four inside context or prefetch; the root itself
	 * now and then.
	 */
	private JsonNode replaceOneNode(JsonNode request, JsonNode replacement) {
		List<Slot> slots = slots(request);
		if (slots.isEmpty() || random.nextInt(50) == 0) {
			return replacement;
		}
		List<Slot> preferred = slots.stream()
			.filter(slot -> slot.pointer().startsWith("/context") || slot.pointer().startsWith("/prefetch"))
			.toList();
		List<Slot> pool = !preferred.isEmpty() && random.nextInt(4) > 0 ? preferred : slots;
		pool.get(random.nextInt(pool.size())).set(replacement);
		return request;
	}

	private JsonNode removeOneField(JsonNode request) {
		List<Slot> fields = slots(request).stream().filter(slot -> slot.parent() instanceof ObjectNode).toList();
		if (!fields.isEmpty()) {
			Slot slot = fields.get(random.nextInt(fields.size()));
			((ObjectNode) slot.parent()).remove(slot.name());
		}
		return request;
	}

	/**
	 * Every place in the tree that holds a value: an object field or an array element.
	 */
	private record Slot(String pointer, JsonNode parent, String name, int position) {

		void set(JsonNode value) {
			if (parent instanceof ObjectNode object) {
				object.set(name, value);
			}
			else {
				((ArrayNode) parent).set(position, value);
			}
		}
	}

	private static List<Slot> slots(JsonNode root) {
		List<Slot> slots = new ArrayList<>();
		collect(root, "", slots);
		return slots;
	}

	private static void collect(JsonNode node, String pointer, List<Slot> slots) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				String child = pointer + "/" + field.getKey();
				slots.add(new Slot(child, object, field.getKey(), -1));
				collect(field.getValue(), child, slots);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				String child = pointer + "/" + i;
				slots.add(new Slot(child, array, null, i));
				collect(array.get(i), child, slots);
			}
		}
	}

}

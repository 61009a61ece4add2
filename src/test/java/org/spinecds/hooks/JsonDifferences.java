package org.spinecds.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Field-by-field comparison of two JSON trees. Generated values are masked first: every
 * {@code uuid} field and every {@code urn:uuid:} value (card, suggestion and consult
 * ids), since the service mints new ones per call.
 */
final class JsonDifferences {

	private static final Pattern URN_UUID = Pattern.compile("^urn:uuid:[0-9a-f-]{36}$");

	private JsonDifferences() {
	}

	static List<String> between(JsonNode expected, JsonNode actual) {
		List<String> differences = new ArrayList<>();
		compare("$", mask(expected.deepCopy()), mask(actual.deepCopy()), differences);
		return differences;
	}

	static JsonNode mask(JsonNode node) {
		if (node instanceof ObjectNode object) {
			Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
			List<String> uuidFields = new ArrayList<>();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				if (field.getKey().equals("uuid") && field.getValue().isTextual()) {
					uuidFields.add(field.getKey());
				}
				else {
					object.set(field.getKey(), mask(field.getValue()));
				}
			}
			uuidFields.forEach(name -> object.put(name, "<generated>"));
			return object;
		}
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, mask(node.get(i)));
			}
			return node;
		}
		if (node.isTextual() && URN_UUID.matcher(node.asText()).matches()) {
			return TextNode.valueOf("urn:uuid:<generated>");
		}
		return node;
	}

	private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
		if (expected.isObject() && actual.isObject()) {
			TreeSet<String> names = new TreeSet<>();
			expected.fieldNames().forEachRemaining(names::add);
			actual.fieldNames().forEachRemaining(names::add);
			for (String name : names) {
				String child = path + "." + name;
				if (!expected.has(name)) {
					differences.add(child + ": unexpected field " + abbreviate(actual.get(name)));
				}
				else if (!actual.has(name)) {
					differences.add(child + ": missing, expected " + abbreviate(expected.get(name)));
				}
				else {
					compare(child, expected.get(name), actual.get(name), differences);
				}
			}
		}
		else if (expected.isArray() && actual.isArray()) {
			if (expected.size() != actual.size()) {
				differences.add(path + ": expected " + expected.size() + " items, got " + actual.size());
			}
			for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
				compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
			}
		}
		else if (expected.isTextual() && actual.isTextual() && !expected.equals(actual)) {
			differences.add(path + ": " + firstTextDifference(expected.asText(), actual.asText()));
		}
		else if (!expected.equals(actual)) {
			differences.add(path + ": expected " + abbreviate(expected) + ", got " + abbreviate(actual));
		}
	}

	/**
	 * Long texts (card detail) differ somewhere in the middle: show that place, not the
	 * common start.
	 */
	private static String firstTextDifference(String expected, String actual) {
		int at = 0;
		while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
			at++;
		}
		int from = Math.max(0, at - 40);
		return "texts differ at character " + at + ": expected \"..."
				+ expected.substring(from, Math.min(expected.length(), at + 80)) + "\", got \"..."
				+ actual.substring(from, Math.min(actual.length(), at + 80)) + "\"";
	}

	private static String abbreviate(JsonNode node) {
		String text = node.toString();
		return text.length() <= 160 ? text : text.substring(0, 160) + "...";
	}

}

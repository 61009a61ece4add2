package org.spinecds.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CDS Hooks 2.0, "Use of JSON": null, "", [] and {} are prohibited; an optional field
 * without a value is omitted. The one exception a response may have is
 * {@code "cards": []}.
 */
final class EmptyJsonFields {

	private EmptyJsonFields() {
	}

	static List<String> in(JsonNode response) {
		List<String> found = new ArrayList<>();
		collect("$", response, found);
		return found;
	}

	private static void collect(String path, JsonNode node, List<String> found) {
		boolean allowedEmpty = path.equals("$.cards");
		if (node.isNull() || (node.isTextual() && node.asText().isEmpty())
				|| (node.isContainerNode() && node.isEmpty() && !allowedEmpty)) {
			found.add(path);
		}
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
				collect(path + "." + field.getKey(), field.getValue(), found);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collect(path + "[" + i + "]", node.get(i), found);
			}
		}
	}

}

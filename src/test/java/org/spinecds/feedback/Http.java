package org.spinecds.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.spinecds.testing.CdsHttp;

/** Plain HTTP calls to the running service, and the hook examples as editable JSON. */
final class Http {

	static final ObjectMapper JSON = new ObjectMapper();

	private final CdsHttp http;

	private final Runnable afterPost;

	Http(int port) {
		this(port, () -> {
		});
	}

	/**
	 * @param afterPost runs after each POST, e.g. to wait for the audit written behind
	 * the answer
	 */
	Http(int port, Runnable afterPost) {
		this.http = new CdsHttp(port);
		this.afterPost = afterPost;
	}

	static ObjectNode example(String scenario, String hook) {
		try {
			return (ObjectNode) JSON.readTree(Path.of("hooks", scenario, hook + ".request.json").toFile());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A hook call; the answer's body must be a 200. */
	JsonNode hook(String hook, JsonNode request) {
		HttpResponse<String> response = post("/cds-services/lumbar-imaging-" + hook, request.toString());
		if (response.statusCode() != 200) {
			throw new AssertionError("hook call answered " + response.statusCode() + ": " + response.body());
		}
		return read(response.body());
	}

	HttpResponse<String> post(String path, String body, String... headers) {
		HttpRequest.Builder request = http.request(path, null)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		HttpResponse<String> response = http.send(request);
		afterPost.run();
		return response;
	}

	HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = http.request(path, null).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request);
	}

	static JsonNode read(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

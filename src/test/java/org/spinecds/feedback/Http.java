package org.spinecds.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/** Plain HTTP calls to the running service, and the hook examples as editable JSON. */
final class Http {

	static final ObjectMapper JSON = new ObjectMapper();
	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private final int port;

	Http(int port) {
		this.port = port;
	}

	static ObjectNode example(String scenario, String hook) {
		try {
			return (ObjectNode) JSON.readTree(Path.of("hooks", scenario, hook + ".request.json").toFile());
		} catch (IOException e) {
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
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	static JsonNode read(String body) {
		try {
			return JSON.readTree(body);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}

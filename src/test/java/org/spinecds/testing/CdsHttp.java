package org.spinecds.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/** Calls the running service over HTTP, as a CDS client would. */
public final class CdsHttp {

	public static final String ORDER_SELECT = "/cds-services/lumbar-imaging-order-select";

	public static final Path EARLY_FUSION_REQUEST = Path.of("hooks", "early-fusion-mri-without-contrast",
			"order-select.request.json");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final int port;

	public CdsHttp(int port) {
		this.port = port;
	}

	public static String earlyFusionRequest() {
		try {
			return Files.readString(EARLY_FUSION_REQUEST);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * GET with {@code Authorization: Bearer <token>}, or without Authorization when the
	 * token is null.
	 */
	public HttpResponse<String> get(String path, String token) {
		return send(request(path, bearer(token)).GET());
	}

	/**
	 * POST JSON with {@code Authorization: Bearer <token>}, or without Authorization when
	 * the token is null.
	 */
	public HttpResponse<String> post(String path, String token, String json) {
		return postWithAuthorization(path, bearer(token), json);
	}

	public HttpResponse<String> postWithAuthorization(String path, String authorization, String json) {
		return send(request(path, authorization).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public HttpRequest.Builder request(String path, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return request;
	}

	private static String bearer(String token) {
		return token == null ? null : "Bearer " + token;
	}

}

package org.spinecds.replicas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.file.Path;
import org.spinecds.SpineImagingCdsApplication;
import org.spinecds.feedback.HookCallAudit;
import org.spinecds.security.TestTokens;
import org.spinecds.testing.CdsHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One running instance of the service, and a CDS client calling it directly, as a load
 * balancer would pass a call on: every CDS call carries a fresh JWT whose aud is the
 * public URL all replicas share.
 */
final class Replica implements AutoCloseable {

	static final ObjectMapper JSON = new ObjectMapper();

	private final ConfigurableApplicationContext context;

	private final String publicBaseUrl;

	private final String issuer;

	private final JWK key;

	private Replica(ConfigurableApplicationContext context, String publicBaseUrl, String issuer, JWK key) {
		this.context = context;
		this.publicBaseUrl = publicBaseUrl;
		this.issuer = issuer;
		this.key = key;
	}

	static Replica start(String jdbcUrl, String publicBaseUrl, String issuer, JWK key, Path jwks, String adminToken) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SpineImagingCdsApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--cds.security.public-base-url=" + publicBaseUrl,
				"--cds.security.trusted-clients[0].issuer=" + issuer,
				"--cds.security.trusted-clients[0].jwks-uri=" + jwks.toUri(),
				"--cds.audit.id-hash-salt=the-same-secret-on-every-replica", "--cds.admin.token=" + adminToken,
				// A busy test machine can take longer than the default bound for a cold
				// replica's first check,
				// which would start an outage (ReplayStoreOutageIT's subject) instead of
				// asking the shared store.
				"--cds.security.replay.store-timeout=10s");
		return new Replica(context, publicBaseUrl, issuer, key);
	}

	ConfigurableApplicationContext context() {
		return context;
	}

	/** A token for one call to the path, through any replica. */
	String tokenFor(String path) {
		return TestTokens.token(issuer, publicBaseUrl + path).signedWith(key);
	}

	HttpResponse<String> post(String path, String json) {
		return post(path, json, tokenFor(path));
	}

	/** Answered, and its audit written (the audit is written behind the answer). */
	HttpResponse<String> post(String path, String json, String token) {
		HttpResponse<String> response = http().post(path, token, json);
		context.getBean(HookCallAudit.class).awaitWritten(Duration.ofSeconds(10));
		return response;
	}

	HttpResponse<String> get(String path, String authorization) {
		CdsHttp http = http();
		return http.send(http.request(path, authorization).GET());
	}

	/** A hook call that must be answered 200. */
	JsonNode hook(String path, JsonNode request) {
		HttpResponse<String> response = post(path, request.toString());
		if (response.statusCode() != 200) {
			throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
		}
		return read(response.body());
	}

	static JsonNode read(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		context.close();
	}

	private CdsHttp http() {
		return new CdsHttp(((WebServerApplicationContext) context).getWebServer().getPort());
	}

}

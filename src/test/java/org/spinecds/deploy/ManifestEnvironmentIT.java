package org.spinecds.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.deploy.ManifestPaths.at;
import static org.spinecds.deploy.ManifestPaths.deploymentContainer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinecds.SpineImagingCdsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The environment the manifests give the container (the ConfigMap, and the Secret's keys
 * in the Deployment) names only configuration keys the service reads, and is enough for
 * the prod profile to start; its probes then answer.
 */
class ManifestEnvironmentIT {

	@Test
	void everyVariableIsAConfigurationKeyOfTheService() {
		ConfigurationKeys known = ConfigurationKeys.ofTheService();

		assertThat(manifestEnvironment().keySet()).isNotEmpty()
			.allSatisfy(variable -> assertThat(known.contains(ConfigurationKeys.keyOfEnvironmentVariable(variable)))
				.as(variable + " (" + ConfigurationKeys.keyOfEnvironmentVariable(variable)
						+ ") is a key the service reads")
				.isTrue());
	}

	@Test
	void aMisspelledVariableIsCaught() {
		ConfigurationKeys known = ConfigurationKeys.ofTheService();

		assertThat(known.contains(ConfigurationKeys.keyOfEnvironmentVariable("CDS_SECURITY_PUBLICBASEURL"))).isTrue();
		assertThat(known.contains(ConfigurationKeys.keyOfEnvironmentVariable("CDS_SECURITY_PUBLIC_BASEURL"))).isFalse();
		assertThat(known.contains(ConfigurationKeys.keyOfEnvironmentVariable("CDS_AUDIT_SALT"))).isFalse();
	}

	@Test
	void theManifestEnvironmentStartsTheProdProfileAndTheProbesAnswer() throws Exception {
		Map<String, Object> environment = new LinkedHashMap<>(manifestEnvironment());
		// Here only: an in-memory database instead of the PostgreSQL server the ConfigMap
		// names, any free port.
		environment.put("SPRING_DATASOURCE_URL", "jdbc:h2:mem:manifest-environment;DB_CLOSE_DELAY=-1");
		environment.put("SERVER_PORT", "0");

		try (ConfigurableApplicationContext service = start(environment)) {
			assertThat(service.getEnvironment().getActiveProfiles()).containsExactly("prod");
			assertThat(service.getEnvironment().getProperty("cds.audit.id-hash-salt"))
				.isEqualTo("stand-in-for-id-hash-salt");
			assertThat(service.getEnvironment().getProperty("cds.admin.token")).isEqualTo("stand-in-for-admin-token");
			int port = ((WebServerApplicationContext) service).getWebServer().getPort();
			Map<String, Object> container = deploymentContainer();
			for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
				HttpResponse<String> answer = get(port, at(container, probe, "httpGet", "path"));
				assertThat(answer.statusCode()).as(probe).isEqualTo(200);
				assertThat(answer.body()).as(probe).contains("\"UP\"");
			}
		}
	}

	/**
	 * The ConfigMap's data, and each variable the Deployment sets from the Secret with a
	 * stand-in value.
	 */
	static Map<String, Object> manifestEnvironment() {
		Map<String, Object> environment = new LinkedHashMap<>(at(KubernetesManifests.only("ConfigMap"), "data"));
		List<Map<String, Object>> fromSecret = at(deploymentContainer(), "env");
		for (Map<String, Object> variable : fromSecret) {
			environment.put((String) variable.get("name"),
					"stand-in-for-" + at(variable, "valueFrom", "secretKeyRef", "key"));
		}
		return environment;
	}

	private static ConfigurableApplicationContext start(Map<String, Object> variables) {
		// The container's environment in place of this JVM's.
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		return new SpringApplicationBuilder(SpineImagingCdsApplication.class).environment(environment).run();
	}

	private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}

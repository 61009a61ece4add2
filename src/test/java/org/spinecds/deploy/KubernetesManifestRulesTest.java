package org.spinecds.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinecds.deploy.ManifestPaths.at;
import static org.spinecds.deploy.ManifestPaths.deploymentContainer;
import static org.spinecds.deploy.ManifestPaths.podLabels;

import io.kubernetes.client.custom.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the schema cannot see: the manifests fit together, and fit the image and the
 * service.
 */
class KubernetesManifestRulesTest {

	/**
	 * Resident outside the heap after bench/run.sh's load (resident memory minus the
	 * heap), rounded up.
	 */
	static final long MEASURED_NON_HEAP_MIB = 280;

	final Map<String, Object> deployment = KubernetesManifests.only("Deployment");

	final Map<String, Object> container = deploymentContainer();

	final ImageConfig image = ImageConfig.fromPom();

	@Test
	void atLeastTwoReplicasAlwaysRun() {
		Map<String, Object> autoscaler = KubernetesManifests.only("HorizontalPodAutoscaler");

		assertThat((Integer) at(deployment, "spec", "replicas")).isGreaterThanOrEqualTo(2);
		assertThat((Integer) at(autoscaler, "spec", "minReplicas")).isGreaterThanOrEqualTo(2);
		assertThat((Integer) at(autoscaler, "spec", "maxReplicas"))
			.isGreaterThanOrEqualTo((Integer) at(autoscaler, "spec", "minReplicas"));
		assertThat((Map<String, Object>) at(autoscaler, "spec", "scaleTargetRef")).containsEntry("kind", "Deployment")
			.containsEntry("apiVersion", "apps/v1")
			.containsEntry("name", at(deployment, "metadata", "name"));
		assertThat((Integer) at(KubernetesManifests.only("PodDisruptionBudget"), "spec", "maxUnavailable"))
			.as("a drain leaves a replica up")
			.isLessThan((Integer) at(deployment, "spec", "replicas"));
	}

	@Test
	void theContainerRunsTheImageJibBuilds() {
		assertThat((String) container.get("image")).isEqualTo(image.image());
	}

	@Test
	void theContainerRunsAsTheImagesNonRootUser() {
		Map<String, Object> pod = at(deployment, "spec", "template", "spec", "securityContext");

		assertThat(pod).containsEntry("runAsNonRoot", true);
		assertThat(((Number) pod.get("runAsUser")).longValue()).isEqualTo(image.uid()).isNotZero();
		assertThat(((Number) pod.get("runAsGroup")).longValue()).isEqualTo(image.gid());
		assertThat((Map<String, Object>) at(container, "securityContext"))
			.containsEntry("allowPrivilegeEscalation", false)
			.containsEntry("readOnlyRootFilesystem", true);
	}

	@Test
	void probesAskTheActuatorProbeEndpointsOnTheServicePort() {
		assertThat((String) at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
		assertThat((String) at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
		assertThat((String) at(container, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
		for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
			assertThat((Object) at(container, probe, "httpGet", "port")).as(probe)
				.isEqualTo(at(container, "ports", 0, "name"));
		}
		Integer containerPort = at(container, "ports", 0, "containerPort");
		assertThat(image.ports()).containsExactly(containerPort);
		assertThat(containerPort).as("server.port in application.yml").isEqualTo(8080);
	}

	@Test
	void serviceBudgetAndDeploymentSelectTheSamePods() {
		Map<String, Object> service = KubernetesManifests.only("Service");

		assertThat(podLabels()).containsAllEntriesOf(at(deployment, "spec", "selector", "matchLabels"));
		assertThat(podLabels()).containsAllEntriesOf(at(service, "spec", "selector"));
		assertThat(podLabels()).containsAllEntriesOf(
				at(KubernetesManifests.only("PodDisruptionBudget"), "spec", "selector", "matchLabels"));
		assertThat((Object) at(service, "spec", "ports", 0, "targetPort")).isEqualTo(at(container, "ports", 0, "name"));
	}

	@Test
	void theEnvironmentComesFromTheConfigMapAndOneSecret() {
		assertThat((String) at(container, "envFrom", 0, "configMapRef", "name"))
			.isEqualTo(at(KubernetesManifests.only("ConfigMap"), "metadata", "name"));
		List<Map<String, Object>> env = at(container, "env");
		assertThat(env).extracting(variable -> (String) at(variable, "valueFrom", "secretKeyRef", "name"))
			.containsOnly("spine-imaging-cds-secrets");
		assertThat((Map<String, Object>) at(KubernetesManifests.only("ConfigMap"), "data"))
			.as("ConfigMap values must be quoted where YAML would read a number or a boolean")
			.allSatisfy((name, value) -> assertThat(value).isInstanceOf(String.class));
	}

	@Test
	void theMemoryLimitHoldsAFullHeapAndWhatIsNotHeap() {
		Quantity request = new Quantity((String) at(container, "resources", "requests", "memory"));
		BigDecimal limit = new Quantity((String) at(container, "resources", "limits", "memory")).getNumber();
		BigDecimal heap = limit.multiply(BigDecimal.valueOf(image.maxRamPercentage() / 100));

		assertThat((String) at(container, "resources", "requests", "cpu")).isNotBlank();
		assertThat(limit).isGreaterThanOrEqualTo(request.getNumber());
		assertThat(limit.subtract(heap)).as("room beside a full heap for metaspace, code cache, threads and GC")
			.isGreaterThanOrEqualTo(BigDecimal.valueOf(MEASURED_NON_HEAP_MIB * 1024 * 1024));
	}

}

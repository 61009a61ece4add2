package org.spinecds.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinecds.deploy.KubernetesManifests.Manifest;

/**
 * Each manifest against the schema of its kind, offline: the API types of the official
 * Kubernetes Java client (client-java-api 24, Kubernetes 1.32) are generated from the
 * Kubernetes OpenAPI spec, and reading a manifest into them refuses a field the kind does
 * not have (at any depth), a missing required field, a value of the wrong type and a
 * malformed quantity ("500m", "768Mi").
 */
class KubernetesSchemaIT {

	/**
	 * Reads one object, as JSON, into one kind's API type; throws when it does not fit.
	 */
	interface Schema {

		Object read(String json) throws IOException;

	}

	static final Map<String, Schema> SCHEMAS = Map.of("apps/v1 Deployment", V1Deployment::fromJson, "v1 Service",
			V1Service::fromJson, "v1 ConfigMap", V1ConfigMap::fromJson, "autoscaling/v2 HorizontalPodAutoscaler",
			V2HorizontalPodAutoscaler::fromJson, "policy/v1 PodDisruptionBudget", V1PodDisruptionBudget::fromJson);

	static List<Manifest> manifests() {
		return KubernetesManifests.all();
	}

	@Test
	void theFolderHoldsEveryKindTheDeploymentNeeds() {
		assertThat(manifests()).extracting(manifest -> manifest.apiVersion() + " " + manifest.kind())
			.containsExactlyInAnyOrderElementsOf(SCHEMAS.keySet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("manifests")
	void fitsTheSchemaOfItsKind(Manifest manifest) throws IOException {
		validate(manifest);
	}

	@Test
	void aMisspelledFieldDeepInADeploymentIsCaught(@TempDir Path dir) throws IOException {
		String deployment = Files.readString(KubernetesManifests.FOLDER.resolve("deployment.yaml"))
			.replace("readOnlyRootFilesystem:", "readOnlyRootFileSystem:");
		Manifest broken = KubernetesManifests.read(Files.writeString(dir.resolve("deployment.yaml"), deployment))
			.get(0);

		assertThatThrownBy(() -> validate(broken)).hasMessageContaining("readOnlyRootFileSystem");
	}

	@Test
	void aValueOfTheWrongTypeIsCaught(@TempDir Path dir) throws IOException {
		String deployment = Files.readString(KubernetesManifests.FOLDER.resolve("deployment.yaml"))
			.replace("replicas: 2", "replicas: two");
		Manifest broken = KubernetesManifests.read(Files.writeString(dir.resolve("deployment.yaml"), deployment))
			.get(0);

		assertThatThrownBy(() -> validate(broken)).hasMessageContaining("two");
	}

	@Test
	void aRequiredFieldLeftOutIsCaught(@TempDir Path dir) throws IOException {
		String autoscaler = Files.readString(KubernetesManifests.FOLDER.resolve("horizontalpodautoscaler.yaml"))
			.replace("maxReplicas:", "# maxReplicas:");
		Manifest broken = KubernetesManifests.read(Files.writeString(dir.resolve("hpa.yaml"), autoscaler)).get(0);

		assertThatThrownBy(() -> validate(broken)).hasMessageContaining("maxReplicas");
	}

	private static void validate(Manifest manifest) throws IOException {
		Schema schema = SCHEMAS.get(manifest.apiVersion() + " " + manifest.kind());
		assertThat(schema).as(manifest + ": a kind this test knows").isNotNull();
		schema.read(new Gson().toJson(manifest.object()));
	}

}

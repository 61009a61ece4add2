package org.spinecds.deploy;

import java.util.List;
import java.util.Map;

/**
 * Reads nested fields out of a manifest parsed as plain maps and lists:
 * {@code at(deployment, "spec", "replicas")}.
 */
final class ManifestPaths {

	private ManifestPaths() {
	}

	@SuppressWarnings("unchecked")
	static <T> T at(Object node, Object... path) {
		Object current = node;
		for (Object step : path) {
			if (current == null) {
				return null;
			}
			current = step instanceof Integer index ? ((List<Object>) current).get(index)
					: ((Map<String, Object>) current).get(step);
		}
		return (T) current;
	}

	static Map<String, Object> deploymentContainer() {
		return at(KubernetesManifests.only("Deployment"), "spec", "template", "spec", "containers", 0);
	}

	static Map<String, Object> podLabels() {
		return at(KubernetesManifests.only("Deployment"), "spec", "template", "metadata", "labels");
	}

}

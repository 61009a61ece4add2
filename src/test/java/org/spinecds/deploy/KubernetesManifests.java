package org.spinecds.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Every Kubernetes object in the YAML files under deploy/kubernetes, as plain maps. */
final class KubernetesManifests {

	static final Path FOLDER = Path.of("deploy", "kubernetes");

	private KubernetesManifests() {
	}

	/** One document of one file. */
	record Manifest(Path file, Map<String, Object> object) {

		String kind() {
			return (String) object.get("kind");
		}

		String apiVersion() {
			return (String) object.get("apiVersion");
		}

		@Override
		public String toString() {
			return file.getFileName() + " (" + apiVersion() + " " + kind() + ")";
		}
	}

	static List<Manifest> all() {
		List<Manifest> manifests = new ArrayList<>();
		try (Stream<Path> files = Files.list(FOLDER)) {
			for (Path file : files.filter(KubernetesManifests::isYaml).sorted().toList()) {
				manifests.addAll(read(file));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return manifests;
	}

	/** The one object of this kind; fails unless there is exactly one. */
	static Map<String, Object> only(String kind) {
		List<Manifest> ofKind = all().stream().filter(manifest -> kind.equals(manifest.kind())).toList();
		if (ofKind.size() != 1) {
			throw new AssertionError("expected one " + kind + " under " + FOLDER + ", found " + ofKind);
		}
		return ofKind.get(0).object();
	}

	@SuppressWarnings("unchecked")
	static List<Manifest> read(Path file) {
		List<Manifest> manifests = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file)) {
			for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
				if (document != null) {
					manifests.add(new Manifest(file, (Map<String, Object>) document));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return manifests;
	}

	private static boolean isYaml(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".yaml") || name.endsWith(".yml");
	}

}

package org.spinecds.terminology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The text of one value set file and a name (path or classpath location) used in error
 * messages.
 */
public record ValueSetSource(String name, String json) {

	public ValueSetSource {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(json, "json");
	}

	/** Every {@code *.json} file directly in {@code folder}, sorted by file name. */
	public static List<ValueSetSource> readFolder(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new TerminologyLoadException("Local value set folder does not exist or is not a folder: " + folder);
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(folder)) {
			files = listing.filter(p -> p.getFileName().toString().endsWith(".json"))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
		}
		catch (IOException e) {
			throw new TerminologyLoadException("Cannot list local value set folder " + folder, e);
		}
		List<ValueSetSource> sources = new ArrayList<>();
		for (Path file : files) {
			try {
				sources.add(new ValueSetSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
			}
			catch (IOException e) {
				throw new TerminologyLoadException("Cannot read value set file " + file, e);
			}
		}
		return sources;
	}
}

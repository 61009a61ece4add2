package org.spinecds;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.spinecds.guideline.RatingsTable;

/**
 * Reads an ACR ratings table (e.g. {@code acr/low-back-pain/ratings.json}) from the class
 * path and validates it; a missing, malformed or incomplete table stops the start with a
 * message naming the resource and what is wrong.
 */
public final class AcrRatingsTables {

	public static final String LOW_BACK_PAIN = "acr/low-back-pain/ratings.json";

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private AcrRatingsTables() {
	}

	public static RatingsTable load(String resource, List<String> procedures, List<String> variants) {
		try (InputStream in = AcrRatingsTables.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Ratings table " + resource + " is not on the class path");
			}
			return parse(resource, in.readAllBytes(), procedures, variants);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Ratings table " + resource + " could not be read: " + ex.getMessage(), ex);
		}
	}

	public static RatingsTable parse(String resource, byte[] json, List<String> procedures, List<String> variants) {
		RatingsTable.Source source;
		try {
			source = JSON.readValue(json, RatingsTable.Source.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"Ratings table " + resource + " is not valid JSON for a ratings table: " + ex.getMessage(), ex);
		}
		return RatingsTable.of(resource, source, procedures, variants);
	}

}

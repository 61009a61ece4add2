package org.spinecds.guideline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One ACR Appropriateness Criteria topic as data: every procedure, every variant with its
 * wording, portal scenarios and the category of every procedure. Built only through
 * {@link #of}, which refuses an incomplete or unknown table, so a loaded table is always
 * whole.
 */
public record RatingsTable(String topic, String title, String citation, String narrativeUrl,
		Map<String, String> procedures, Map<String, VariantRatings> variants) {

	public RatingsTable {
		procedures = Collections.unmodifiableMap(new LinkedHashMap<>(procedures));
		variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
	}

	/** A portal scenario of a variant (ACR's atomic clinical scenario). */
	public record Scenario(String id, String label) {
	}

	/** One cell: the category and whether the panel's ratings were dispersed. */
	public record Cell(AcrRating category, boolean disagreement) {
	}

	/**
	 * One variant's row. {@code firstChoice}: the study the variant names before the
	 * others that are also usually appropriate (empty: none); {@code suggested}: the
	 * study to offer when the ordered one is not usually appropriate (empty: no imaging
	 * is appropriate).
	 */
	public record VariantRatings(String id, String wording, List<Scenario> scenarios, Map<String, Cell> cells,
			Optional<String> firstChoice, Optional<String> suggested) {

		public VariantRatings {
			scenarios = List.copyOf(scenarios);
			cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
		}

		public AcrRating rate(String procedure) {
			Cell cell = cells.get(procedure);
			if (cell == null) {
				throw new IllegalArgumentException("Variant " + id + " has no procedure " + procedure);
			}
			return cell.category();
		}

		/** The procedures rated usually appropriate, in table order. */
		public List<String> usuallyAppropriate() {
			return cells.entrySet()
				.stream()
				.filter(entry -> entry.getValue().category() == AcrRating.USUALLY_APPROPRIATE)
				.map(Map.Entry::getKey)
				.toList();
		}
	}

	/** The raw table as read from its resource, before validation. */
	public record Source(String topic, String title, String citation, String narrativeUrl, String source,
			List<ProcedureSource> procedures, List<VariantSource> variants) {
	}

	public record ProcedureSource(String id, String label) {
	}

	public record VariantSource(String id, String wording, List<Scenario> scenarios, Map<String, String> ratings,
			List<String> disagreement, String firstChoice, String suggested) {
	}

	public VariantRatings variant(String id) {
		VariantRatings variant = variants.get(id);
		if (variant == null) {
			throw new IllegalArgumentException("No variant " + id + " in " + topic);
		}
		return variant;
	}

	/**
	 * Validates {@code source}: exactly the expected procedures and variants, every
	 * variant rating every procedure with UA, MBA or UNA, disagreement flags, first
	 * choice and suggestion naming known procedures.
	 * @throws IllegalStateException naming {@code resource} and every problem found
	 */
	public static RatingsTable of(String resource, Source source, List<String> expectedProcedures,
			List<String> expectedVariants) {
		List<String> problems = new ArrayList<>();
		if (source == null) {
			throw new IllegalStateException("Ratings table " + resource + " is empty");
		}
		Map<String, String> procedures = new LinkedHashMap<>();
		for (ProcedureSource procedure : nonNull(source.procedures())) {
			if (procedure.id() == null || procedure.label() == null || procedure.label().isBlank()) {
				problems.add("a procedure without id or label");
			}
			else if (procedures.put(procedure.id(), procedure.label()) != null) {
				problems.add("procedure " + procedure.id() + " listed twice");
			}
		}
		Set<String> unknownProcedures = new LinkedHashSet<>(procedures.keySet());
		unknownProcedures.removeAll(expectedProcedures);
		if (!unknownProcedures.isEmpty()) {
			problems.add("unknown procedures " + unknownProcedures + " (known: " + expectedProcedures + ")");
		}
		Set<String> missingProcedures = new LinkedHashSet<>(expectedProcedures);
		missingProcedures.removeAll(procedures.keySet());
		if (!missingProcedures.isEmpty()) {
			problems.add("procedures missing: " + missingProcedures);
		}
		Map<String, VariantRatings> variants = new LinkedHashMap<>();
		for (VariantSource variant : nonNull(source.variants())) {
			String id = variant.id();
			if (id == null || !expectedVariants.contains(id)) {
				problems.add("unknown variant " + id + " (known: " + expectedVariants + ")");
				continue;
			}
			if (variants.containsKey(id)) {
				problems.add("variant " + id + " listed twice");
				continue;
			}
			if (variant.wording() == null || variant.wording().isBlank()) {
				problems.add("variant " + id + " has no wording");
			}
			Map<String, String> ratings = variant.ratings() == null ? Map.of() : variant.ratings();
			Map<String, Cell> cells = new LinkedHashMap<>();
			List<String> disagreement = nonNull(variant.disagreement());
			for (String procedure : expectedProcedures) {
				String code = ratings.get(procedure);
				if (code == null) {
					problems.add("variant " + id + " does not rate " + procedure);
					continue;
				}
				Optional<AcrRating> category = AcrRating.ofCode(code);
				if (category.isEmpty()) {
					problems.add("variant " + id + " rates " + procedure + " with unknown category '" + code
							+ "' (known: UA, MBA, UNA)");
					continue;
				}
				cells.put(procedure, new Cell(category.get(), disagreement.contains(procedure)));
			}
			for (String procedure : ratings.keySet()) {
				if (!expectedProcedures.contains(procedure)) {
					problems.add("variant " + id + " rates unknown procedure " + procedure);
				}
			}
			for (String procedure : disagreement) {
				if (!expectedProcedures.contains(procedure)) {
					problems.add("variant " + id + " flags disagreement on unknown procedure " + procedure);
				}
			}
			checkNamed(problems, id, "firstChoice", variant.firstChoice(), expectedProcedures);
			checkNamed(problems, id, "suggested", variant.suggested(), expectedProcedures);
			variants.put(id, new VariantRatings(id, variant.wording(), nonNull(variant.scenarios()), cells,
					Optional.ofNullable(variant.firstChoice()), Optional.ofNullable(variant.suggested())));
		}
		Set<String> missingVariants = new LinkedHashSet<>(expectedVariants);
		missingVariants.removeAll(variants.keySet());
		if (!missingVariants.isEmpty()) {
			problems.add("variants missing: " + missingVariants);
		}
		if (source.narrativeUrl() == null || source.narrativeUrl().isBlank()) {
			problems.add("no narrativeUrl");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"Ratings table " + resource + " is not valid: " + String.join("; ", problems));
		}
		return new RatingsTable(source.topic(), source.title(), source.citation(), source.narrativeUrl(), procedures,
				variants);
	}

	private static void checkNamed(List<String> problems, String variant, String field, String procedure,
			List<String> known) {
		if (procedure != null && !known.contains(procedure)) {
			problems.add("variant " + variant + " " + field + " names unknown procedure " + procedure);
		}
	}

	private static <T> List<T> nonNull(List<T> list) {
		return list == null ? List.of() : list;
	}

}

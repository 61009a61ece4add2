package org.spinecds.guideline.acr.lbp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinecds.AcrRatingsTables;
import org.spinecds.guideline.AcrRating;
import org.spinecds.guideline.RatingsTable;
import org.spinecds.guideline.StudyCategory;

class LbpRatingsTableTest {

	static RatingsTable table() {
		return AcrRatingsTables.load(AcrRatingsTables.LOW_BACK_PAIN, LbpProcedures.ALL, LowBackPainGuideline.VARIANTS);
	}

	@Test
	void everyCellMatchesTheReferenceTable() throws IOException {
		RatingsTable table = table();
		List<String> lines = fixture();
		List<String> header = List.of(lines.get(0).split(","));
		int cells = 0;
		for (String line : lines.subList(1, lines.size())) {
			String[] row = line.split(",");
			String procedure = row[0];
			for (int column = 1; column < row.length; column++) {
				String variant = header.get(column);
				String expected = row[column].replace("*", "");
				RatingsTable.Cell cell = table.variant(variant).cells().get(procedure);
				assertThat(cell).as(variant + " " + procedure).isNotNull();
				assertThat(cell.category().code()).as(variant + " " + procedure).isEqualTo(expected);
				assertThat(cell.disagreement()).as(variant + " " + procedure + " disagreement")
					.isEqualTo(row[column].endsWith("*"));
				cells++;
			}
		}
		assertThat(cells).isEqualTo(7 * 11);
		assertThat(table.variants().keySet()).containsExactlyElementsOf(LowBackPainGuideline.VARIANTS);
		assertThat(table.procedures().keySet()).containsExactlyElementsOf(LbpProcedures.ALL);
	}

	@Test
	void variantWordingAndScenariosAreAcrs() {
		RatingsTable table = table();
		assertThat(table.variant("V5").wording()).isEqualTo(
				"Low back pain with history of prior lumbar surgery and with or without radiculopathy. New or progressing"
						+ " symptoms or clinical findings. Initial imaging.");
		assertThat(table.variant("V6").scenarios()).extracting(RatingsTable.Scenario::id)
			.containsExactly("3194307", "3194305", "3194306", "3194304");
		assertThat(table.variant("V5").firstChoice()).contains("MRI_WO_W");
		assertThat(table.variant("V1").suggested()).isEmpty();
		assertThat(table.narrativeUrl()).isEqualTo("https://acsearch.acr.org/docs/69483/Narrative/");
	}

	@Test
	void everyOrderableStudyButConventionalMyelographyIsRatedAsAnAcrProcedure() {
		for (StudyCategory category : StudyCategory.values()) {
			assertThat(LbpProcedures.of(category).isPresent()).as(category.name())
				.isEqualTo(category != StudyCategory.MYELOGRAPHY);
		}
		assertThat(LbpProcedures.of(StudyCategory.MRI_CONTRAST_UNSPECIFIED)).contains("MRI_WO");
		assertThat(LbpProcedures.of(StudyCategory.CT_CONTRAST_UNSPECIFIED)).contains("CT_WO");
		assertThat(LbpProcedures.category("MRI_WO")).contains(StudyCategory.MRI_WITHOUT_CONTRAST);
		assertThat(LbpProcedures.category("FDG_PET_CT")).isEmpty();
	}

	@Test
	void aVariantWithoutEveryProcedureRefusesToStart() {
		String json = validJson().replace(
				"\"DISCOGRAPHY\": \"UNA\", \"FDG_PET_CT\": \"UNA\" }\n    },\n    {\n      \"id\": \"V2\"",
				"\"FDG_PET_CT\": \"UNA\" }\n    },\n    {\n      \"id\": \"V2\"");
		assertThat(json).isNotEqualTo(validJson());
		assertThatThrownBy(() -> parse(json)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("test-table.json")
			.hasMessageContaining("variant V1 does not rate DISCOGRAPHY");
	}

	@Test
	void anUnknownCategoryRefusesToStart() {
		String json = validJson().replaceFirst("\"MRI_W\": \"UNA\"", "\"MRI_W\": \"RARELY\"");
		assertThatThrownBy(() -> parse(json)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("variant V1 rates MRI_W with unknown category 'RARELY'");
	}

	@Test
	void anUnknownVariantOrProcedureRefusesToStart() {
		assertThatThrownBy(() -> parse(validJson().replaceFirst("\"id\": \"V7\"", "\"id\": \"V8\"")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("unknown variant V8")
			.hasMessageContaining("variants missing: [V7]");
		assertThatThrownBy(() -> parse(validJson().replaceFirst("\"id\": \"FDG_PET_CT\"", "\"id\": \"PET_MRI\"")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("unknown procedures [PET_MRI]");
	}

	@Test
	void aMisspelledFieldRefusesToStart() {
		assertThatThrownBy(() -> parse(validJson().replaceFirst("\"firstChoice\"", "\"firstchoice\"")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("not valid JSON");
	}

	@Test
	void theBestCategoryComparesAsDocumented() {
		assertThat(AcrRating.USUALLY_APPROPRIATE.betterThan(AcrRating.MAY_BE_APPROPRIATE)).isTrue();
		assertThat(AcrRating.USUALLY_NOT_APPROPRIATE.betterThan(AcrRating.MAY_BE_APPROPRIATE)).isFalse();
		assertThat(AcrRating.ofCode("MBA")).contains(AcrRating.MAY_BE_APPROPRIATE);
		assertThat(AcrRating.ofCode("mba")).isEmpty();
	}

	private static RatingsTable parse(String json) {
		return AcrRatingsTables.parse("test-table.json", json.getBytes(StandardCharsets.UTF_8), LbpProcedures.ALL,
				LowBackPainGuideline.VARIANTS);
	}

	private static String validJson() {
		try (InputStream in = LbpRatingsTableTest.class.getClassLoader()
			.getResourceAsStream(AcrRatingsTables.LOW_BACK_PAIN)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> fixture() throws IOException {
		try (InputStream in = LbpRatingsTableTest.class.getClassLoader()
			.getResourceAsStream("acr/low-back-pain/clinical-md-1.3.csv")) {
			List<String> lines = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line.trim());
				}
			}
			return lines;
		}
	}

}

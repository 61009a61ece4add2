package org.spinecds.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

	@Test
	void placeholdersAreReplacedAndAMissingOneIsEmpty() {
		TemplateText text = TemplateText.parse("{{a}} and {{b}}, {{a}} again {{c}}\n");
		assertThat(text.fill(Map.of("a", "x", "b", "y"))).isEqualTo("x and y, x again \n");
		assertThat(text.placeholders()).containsExactly("a", "b", "c");
	}

	@Test
	void aDroppedSectionLeavesOneBlankLineNoneFirstAndOneNewlineLast() {
		TemplateText text = TemplateText.parse("\n{{gone}}\n\nfirst\n\n{{gone}}\n\n\nsecond\n\n{{gone}}\n\n");
		assertThat(text.fill(Map.of())).isEqualTo("first\n\nsecond\n");
	}

	@Test
	void newlinesInsideValuesAreTidiedLikeTheTemplatesOwn() {
		TemplateText text = TemplateText.parse("Findings:{{list}}\nend");
		assertThat(text.fill(Map.of("list", "\n\n\n\n- one\n- two\n\n\n")))
			.isEqualTo("Findings:\n\n- one\n- two\n\nend\n");
	}

	@Test
	void aTextOfOnlyDroppedLinesIsEmpty() {
		assertThat(TemplateText.parse("{{a}}\n{{b}}\n").fill(Map.of())).isEmpty();
		assertThat(TemplateText.parse("\n\n").fill(Map.of())).isEmpty();
	}

	@Test
	void textWithoutPlaceholdersIsKeptWordForWord() {
		assertThat(TemplateText.parse("**Why:** {not a placeholder} {{ }}").fill(Map.of()))
			.isEqualTo("**Why:** {not a placeholder} {{ }}\n");
	}

}

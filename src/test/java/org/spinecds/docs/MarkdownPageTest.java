package org.spinecds.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MarkdownPageTest {

	private static MarkdownPage page(String... lines) {
		return MarkdownPage.parse(Path.of("docs/page.md"), String.join("\n", lines));
	}

	@Test
	void headingAnchorsFollowGitHub() {
		MarkdownPage page = page("# Using the EHR's FHIR server", "## Error cases: `errors/`", "## Limits", "## Limits",
				"## Trusted clients (JWT)");
		assertThat(page.anchors()).containsExactly("using-the-ehrs-fhir-server", "error-cases-errors", "limits",
				"limits-1", "trusted-clients-jwt");
	}

	@Test
	void linksAreSplitIntoPathAndAnchorAndWebLinksAreLeftOut() {
		MarkdownPage page = page("See [Security](security.md#cors), [below](#limits) and",
				"[the spec](https://cds-hooks.hl7.org/2.0/) or [a folder\nacross lines](../hooks/).");
		assertThat(page.relativeLinks()).containsExactly(new MarkdownPage.Link("security.md", "cors"),
				new MarkdownPage.Link("", "limits"), new MarkdownPage.Link("../hooks/", null));
	}

	@Test
	void indentedAndFencedCodeIsCommandsNotProse() {
		MarkdownPage page = page("Run:", "", "    curl -s -X POST \\", "      --data @hooks/a.json localhost:8080", "",
				"    ./mvnw verify", "", "```yaml", "# not a heading", "cds: {}", "```", "", "- a list item",
				"    continued, not code", "Text with `inline code` and [a link](x.md).");
		assertThat(page.codeLines()).containsExactly("curl -s -X POST  --data @hooks/a.json localhost:8080",
				"./mvnw verify", "# not a heading", "cds: {}");
		assertThat(page.anchors()).isEmpty();
		assertThat(page.inlineCode()).containsExactly("inline code");
		assertThat(page.relativeLinks()).containsExactly(new MarkdownPage.Link("x.md", null));
	}

}

package org.spinecds.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SameOriginPagingTest {

	private static final URI BASE = URI.create("https://ehr.example.org:443/fhir");

	@ParameterizedTest
	@ValueSource(strings = { "https://ehr.example.org/fhir?_getpages=abc&_getpagesoffset=20",
			"https://ehr.example.org:443/fhir/Condition?patient=p1&page=2",
			"https://EHR.example.org/fhir/Condition?patient=p1&page=2" })
	void sameOriginUnderTheBasePathIsFollowed(String link) {
		assertThat(SameOriginPaging.nextPage(BASE, link)).isPresent();
	}

	@Test
	void relativeLinkIsResolvedAgainstTheBase() {
		assertThat(SameOriginPaging.nextPage(BASE, "Condition?patient=p1&page=2"))
			.contains(URI.create("https://ehr.example.org:443/fhir/Condition?patient=p1&page=2"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://other.example.org/fhir/Condition?page=2",
			"http://ehr.example.org/fhir/Condition?page=2", "https://ehr.example.org:8443/fhir/Condition?page=2",
			"https://ehr.example.org/admin/Condition?page=2", "https://ehr.example.org/fhirx/Condition?page=2",
			"https://ehr.example.org/fhir/../admin?page=2", "https://ehr.example.org/fhir/%2e%2e/admin?page=2",
			"https://user@ehr.example.org/fhir/Condition?page=2", "//other.example.org/fhir/Condition?page=2",
			"/admin?page=2", "http://169.254.169.254/latest", "not a url at all" })
	void anythingElseIsNotFollowed(String link) {
		assertThat(SameOriginPaging.nextPage(BASE, link)).isEmpty();
	}

	@Test
	void logShowsOnlyTheOriginOfARefusedLink() {
		assertThat(SameOriginPaging.originOf("https://other.example.org/fhir/Condition?patient=secret"))
			.isEqualTo("https://other.example.org:443");
	}

}

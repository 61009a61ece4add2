package org.spinecds.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllowedFhirServersTest {

	private static boolean allows(String patterns, String fhirServer) {
		return new AllowedFhirServers(List.of(patterns.split(","))).check(fhirServer).isAllowed();
	}

	private static String refusal(String patterns, String fhirServer) {
		return new AllowedFhirServers(List.of(patterns.split(","))).check(fhirServer).refusal();
	}

	@Test
	void emptyListAllowsNothing() {
		ServerCheck check = new AllowedFhirServers(List.of()).check("https://ehr.example.org/fhir");
		assertThat(check.isAllowed()).isFalse();
		assertThat(check.refusal()).contains("empty");
	}

	@Test
	void exactPatternAllowsThatBaseWithOrWithoutTrailingSlash() {
		assertThat(allows("https://ehr.example.org/fhir", "https://ehr.example.org/fhir")).isTrue();
		assertThat(allows("https://ehr.example.org/fhir", "https://EHR.example.org/fhir/")).isTrue();
		assertThat(allows("https://ehr.example.org/fhir", "https://ehr.example.org:443/fhir")).isTrue();
	}

	@Test
	void allowedBaseIsNormalized() {
		ServerCheck check = new AllowedFhirServers(List.of("https://ehr.example.org/fhir"))
			.check("https://EHR.example.org:443/fhir/");
		assertThat(check.base()).hasToString("https://ehr.example.org/fhir");
		assertThat(new AllowedFhirServers(List.of("http://localhost:*")).check("http://localhost:8081/fhir").base())
			.hasToString("http://localhost:8081/fhir");
	}

	@Test
	void longHostIsEchoedShortened() {
		String host = "a".repeat(63) + "." + "b".repeat(63) + ".example.org";
		ServerCheck check = new AllowedFhirServers(List.of("https://ehr.example.org"))
			.check("https://" + host + "/fhir");
		assertThat(check.refusal()).hasSizeLessThan(120).contains("...");
	}

	@Test
	void patternPathIsAParentBySegments() {
		assertThat(allows("https://ehr.example.org/fhir", "https://ehr.example.org/fhir/r4")).isTrue();
		assertThat(allows("https://ehr.example.org/fhir", "https://ehr.example.org/fhirx")).isFalse();
		assertThat(allows("https://ehr.example.org/fhir", "https://ehr.example.org/")).isFalse();
		assertThat(allows("https://ehr.example.org", "https://ehr.example.org/any/base")).isTrue();
	}

	@Test
	void httpsIsRequiredUnlessThePatternSaysHttp() {
		assertThat(allows("ehr.example.org", "https://ehr.example.org/fhir")).isTrue();
		assertThat(allows("ehr.example.org", "http://ehr.example.org/fhir")).isFalse();
		assertThat(allows("https://ehr.example.org", "http://ehr.example.org/fhir")).isFalse();
		assertThat(allows("http://localhost:8081/fhir", "http://localhost:8081/fhir")).isTrue();
		assertThat(allows("http://localhost:8081/fhir", "https://localhost:8081/fhir")).isFalse();
	}

	@Test
	void starStandsForOneHostLabel() {
		assertThat(allows("https://*.example.org", "https://ehr.example.org/fhir")).isTrue();
		assertThat(allows("https://*.example.org", "https://a.b.example.org/fhir")).isFalse();
		assertThat(allows("https://*.example.org", "https://example.org/fhir")).isFalse();
		assertThat(allows("https://*.example.org", "https://ehr.example.org.evil.test/fhir")).isFalse();
	}

	@Test
	void starStandsForThePort() {
		assertThat(allows("http://localhost:*/fhir", "http://localhost:35123/fhir")).isTrue();
		assertThat(allows("http://localhost:*/fhir", "http://localhost/fhir")).isTrue();
		assertThat(allows("http://localhost/fhir", "http://localhost:8081/fhir")).isFalse();
		assertThat(allows("https://ehr.example.org:8443", "https://ehr.example.org:8443/fhir")).isTrue();
		assertThat(allows("https://ehr.example.org:8443", "https://ehr.example.org/fhir")).isFalse();
	}

	@Test
	void anyOfSeveralPatternsWillDo() {
		assertThat(allows("https://a.example.org, http://localhost:*", "http://localhost:9/fhir")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://169.254.169.254/latest/meta-data", "http://169.254.169.254:80/fhir",
			"http://169.254.1.1/fhir", "http://[fd00:ec2::254]/fhir", "http://[fe80::1]/fhir",
			"http://[::ffff:169.254.169.254]/fhir" })
	void metadataAndLinkLocalAddressesAreRefusedWhateverThePatterns(String fhirServer) {
		String patterns = "http://*.*.*.*:*,http://169.254.169.254,http://[fd00:ec2::254],http://[fe80::1],"
				+ "http://169.254.1.1,http://[::ffff:169.254.169.254]";
		assertThat(refusal(patterns, fhirServer)).contains("link-local or cloud metadata address");
	}

	@Test
	void starPatternsStillAllowOrdinaryAddresses() {
		assertThat(allows("http://*.*.*.*:*", "http://10.1.2.3:8080/fhir")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://ehr.example.org/fhir", "file:///etc/passwd", "ehr.example.org/fhir",
			"https://user:secret@ehr.example.org/fhir", "https://ehr.example.org/fhir?x=1",
			"https://ehr.example.org/fhir#x", "https://ehr.example.org/fhir/../admin", "http://2852039166/fhir",
			"http://0xA9FEA9FE/fhir", "http://169.254.43518/fhir", "not a url" })
	void whatIsNotAPlainHttpBaseUrlIsRefused(String fhirServer) {
		assertThat(allows("https://ehr.example.org,http://*:*,http://*.*.*.*:*", fhirServer)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "ftp://ehr.example.org", "https://ehr*.example.org", "https://ehr.example.org:x", "https://" })
	void badPatternStopsStartUp(String pattern) {
		assertThatThrownBy(() -> new AllowedFhirServers(List.of(pattern))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("cds.fhir.allowed-servers");
	}

}

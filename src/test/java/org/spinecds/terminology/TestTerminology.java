package org.spinecds.terminology;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;

/**
 * Shared, expensive-to-build fixtures for the terminology tests (and the guideline and
 * card tests).
 */
public final class TestTerminology {

	public static final FhirContext FHIR = FhirContext.forR4();

	public static final String SNOMED = "http://snomed.info/sct";

	public static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";

	public static final String ICD10PCS = "http://www.cms.gov/Medicare/Coding/ICD10";

	public static final String CPT = "http://www.ama-assn.org/go/cpt";

	public static final String LOINC = "http://loinc.org";

	private static ValueSets builtIn;

	private TestTerminology() {
	}

	public static synchronized ValueSets builtInValueSets() {
		if (builtIn == null) {
			builtIn = new ValueSetLoader(FHIR).load(TerminologyConfig.builtInSources(), List.of());
		}
		return builtIn;
	}

	/**
	 * A minimal valid ValueSet JSON with the given url and compose body (JSON object
	 * members).
	 */
	static String valueSetJson(String url, String composeMembers) {
		return """
				{"resourceType": "ValueSet", "url": "%s", "status": "active", "title": "Test %s",
				 "compose": {%s}}
				""".formatted(url, url, composeMembers);
	}

}

package org.spinecds.cards;

import java.util.Map;

/** Code system URIs this service writes, and the short names clinicians know them by. */
final class CodeSystems {

	static final String BASE = "http://spine-imaging-cds.example/fhir/CodeSystem/";

	/**
	 * This service's own codes: card types, override reasons, ACR categories. Not
	 * clinical terminology.
	 */
	static final String CARD_TYPE = BASE + "card-type";
	static final String OVERRIDE_REASON = BASE + "override-reason";
	static final String ACR_CATEGORY = BASE + "acr-appropriateness-category";

	private static final Map<String, String> SHORT_NAMES = Map.of("http://snomed.info/sct", "SNOMED CT",
			"http://hl7.org/fhir/sid/icd-10-cm", "ICD-10-CM", "http://www.cms.gov/Medicare/Coding/ICD10", "ICD-10-PCS",
			"http://www.ama-assn.org/go/cpt", "CPT", "http://loinc.org", "LOINC");

	private CodeSystems() {
	}

	static String shortName(String system) {
		return system == null ? "no code system" : SHORT_NAMES.getOrDefault(system, system);
	}

}

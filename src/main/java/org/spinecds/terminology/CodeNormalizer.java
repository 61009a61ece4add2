package org.spinecds.terminology;

/**
 * The one place where a code is rewritten before comparison; everything else compares
 * exactly.
 */
final class CodeNormalizer {

	static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";

	private CodeNormalizer() {
	}

	/**
	 * ICD-10-CM codes often arrive without the dot (claims style, "M21372"). The dot
	 * always follows the third character, so such codes are rewritten to the dotted form
	 * used in value sets ("M21.372"). Codes of all other systems are returned unchanged.
	 */
	static String normalize(String system, String code) {
		if (ICD_10_CM.equals(system) && code.length() > 3 && code.indexOf('.') < 0) {
			return code.substring(0, 3) + "." + code.substring(3);
		}
		return code;
	}

}

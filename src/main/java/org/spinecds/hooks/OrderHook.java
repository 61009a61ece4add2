package org.spinecds.hooks;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two services this product publishes. Distinct ids per hook: the CDS Hooks sandbox
 * stores services by id, so a shared id would let one overwrite the other.
 */
public enum OrderHook {

	ORDER_SELECT("order-select", "lumbar-imaging-order-select",
			"Lumbar spine imaging: ACR Low Back Pain (order select)",
			"When a lumbar spine imaging order is selected, rates it against the whole ACR Appropriateness Criteria"
					+ " topic Low Back Pain (2021, all seven variants: uncomplicated acute, subacute or chronic pain,"
					+ " surgery candidate, cauda equina, prior lumbar surgery including foot drop, fracture risk,"
					+ " cancer, infection or immunosuppression) and suggests the better study, removing the order"
					+ " where no imaging is indicated, or asks for the indication when the record does not give it."),
	ORDER_SIGN("order-sign", "lumbar-imaging-order-sign", "Lumbar spine imaging: ACR Low Back Pain (order sign)",
			"Before lumbar spine imaging orders are signed, rates every draft imaging order against the whole ACR"
					+ " Appropriateness Criteria topic Low Back Pain (2021, all seven variants) and suggests the better"
					+ " study, removing the order where no imaging is indicated; an indication request already shown"
					+ " on order select is not repeated.");

	static final String USAGE_REQUIREMENTS = "Needs the patient's Conditions and Procedures: send the 'conditions' and 'procedures' prefetch, or"
			+ " fhirServer with an access token allowing Condition and Procedure reads. The patient's birth date"
			+ " (age) and medications (chronic steroids, immunosuppressants) are read when available. The contrast and MR"
			+ " safety checks also read Observation (eGFR, pregnancy status), AllergyIntolerance and Device"
			+ " when available; without them the card says what could not be checked. Draft orders are"
			+ " ServiceRequests coded with CPT, LOINC or SNOMED CT.";

	private final String hook;

	private final String serviceId;

	private final String title;

	private final String description;

	OrderHook(String hook, String serviceId, String title, String description) {
		this.hook = hook;
		this.serviceId = serviceId;
		this.title = title;
		this.description = description;
	}

	public static Optional<OrderHook> byServiceId(String serviceId) {
		return Arrays.stream(values()).filter(hook -> hook.serviceId.equals(serviceId)).findFirst();
	}

	public String hook() {
		return hook;
	}

	public String serviceId() {
		return serviceId;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

}

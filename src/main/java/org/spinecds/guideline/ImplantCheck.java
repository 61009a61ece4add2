package org.spinecds.guideline;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Device;
import org.spinecds.record.PatientRecord;
import org.spinecds.terminology.ValueSetUrls;
import org.spinecds.terminology.ValueSets;

/**
 * Implants that matter for MRI (clinical.md 2e): a Device labelled MR Unsafe, a cardiac
 * pacemaker or defibrillator (Device or Condition) need a device check before MRI; MR
 * Conditional devices and spinal implants are notes.
 */
final class ImplantCheck {

	private final ValueSets valueSets;

	ImplantCheck(ValueSets valueSets) {
		this.valueSets = valueSets;
	}

	List<SafetyFinding> check(PatientRecord record) {
		List<SafetyFinding> findings = new ArrayList<>();
		for (Device device : record.devices()) {
			if (device.getStatus() == Device.FHIRDeviceStatus.INACTIVE
					|| device.getStatus() == Device.FHIRDeviceStatus.ENTEREDINERROR) {
				continue;
			}
			String reference = describe(device.getType());
			valueSets.firstMatch(ValueSetUrls.DEVICE_MR_UNSAFE, device.getSafety())
				.ifPresent(code -> findings.add(new SafetyFinding(SafetyConcern.MRI_UNSAFE_IMPLANT, "MR-unsafe implant",
						"MR Unsafe device: " + reference)));
			valueSets.firstMatch(ValueSetUrls.CARDIAC_IMPLANT_DEVICE, device.getType())
				.ifPresent(code -> findings.add(new SafetyFinding(SafetyConcern.MRI_UNSAFE_IMPLANT, "cardiac implant",
						"Cardiac device: " + reference)));
			valueSets.firstMatch(ValueSetUrls.DEVICE_MR_CONDITIONAL, device.getSafety())
				.ifPresent(code -> findings.add(new SafetyFinding(SafetyConcern.MR_CONDITIONAL_IMPLANT,
						"MR-conditional implant", "MR Conditional device: " + reference)));
			valueSets.firstMatch(ValueSetUrls.SPINAL_IMPLANT_DEVICE, device.getType())
				.ifPresent(code -> findings.add(new SafetyFinding(SafetyConcern.SPINAL_HARDWARE, "spinal hardware",
						"Spinal implant: " + reference)));
		}
		findings.addAll(ConditionFindings.current(valueSets, record.conditions(),
				ValueSetUrls.CARDIAC_IMPLANT_CONDITION, SafetyConcern.MRI_UNSAFE_IMPLANT, "cardiac implant"));
		return findings;
	}

	private static String describe(CodeableConcept type) {
		if (type.hasText()) {
			return type.getText();
		}
		return type.getCoding()
			.stream()
			.filter(coding -> coding.hasDisplay())
			.map(coding -> coding.getDisplay())
			.findFirst()
			.orElse("type not recorded");
	}

}

package org.spinecds.guideline;

import org.spinecds.guideline.evidence.SurgeryEvidence;
import org.spinecds.guideline.evidence.EvidenceCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.spinecds.record.PatientRecord;
import org.spinecds.record.PrefetchKey;
import org.spinecds.terminology.ValueSetUrls;
import org.spinecds.terminology.ValueSets;

/**
 * Everything to weigh before suggesting a gadolinium-enhanced lumbar MRI: kidney
 * function, contrast allergy, pregnancy, implants, spinal hardware, a peroneal neuropathy
 * on record, and data that could not be checked.
 */
final class SafetyChecks {

	private final ValueSets valueSets;

	private final KidneyFunctionCheck kidney;

	private final ContrastAllergyCheck allergy;

	private final PregnancyCheck pregnancy;

	private final ImplantCheck implants;

	SafetyChecks(ValueSets valueSets) {
		this.valueSets = valueSets;
		this.kidney = new KidneyFunctionCheck(valueSets);
		this.allergy = new ContrastAllergyCheck(valueSets);
		this.pregnancy = new PregnancyCheck(valueSets);
		this.implants = new ImplantCheck(valueSets);
	}

	SafetyReview review(PatientRecord record, PostOperativeFootDrop findings, LocalDate today) {
		return review(record, findings.allSurgery(), today);
	}

	/**
	 * The review for a patient whose prior lumbar surgery on record is {@code surgeries}.
	 */
	SafetyReview review(PatientRecord record, List<SurgeryEvidence> surgeries, LocalDate today) {
		List<SafetyFinding> all = new ArrayList<>();
		all.addAll(kidney.check(record, today));
		all.addAll(allergy.check(record));
		all.addAll(pregnancy.check(record, today));
		all.addAll(implants.check(record));
		surgeries.stream()
			.filter(SurgeryEvidence::hardware)
			.forEach(surgery -> all.add(new SafetyFinding(SafetyConcern.SPINAL_HARDWARE, "spinal hardware",
					"Fusion: " + EvidenceCodes.text(surgery.code(), surgery.reference()))));
		all.addAll(ConditionFindings.current(valueSets, record.conditions(), ValueSetUrls.PERONEAL_NEUROPATHY,
				SafetyConcern.PERONEAL_NEUROPATHY, "peroneal neuropathy"));
		notChecked(record).ifPresent(all::add);
		all.sort(Comparator.comparing(SafetyFinding::concern));
		return new SafetyReview(all);
	}

	private static Optional<SafetyFinding> notChecked(PatientRecord record) {
		String missing = record.notObtained()
			.stream()
			.filter(key -> key != PrefetchKey.PATIENT)
			.sorted()
			.map(PrefetchKey::description)
			.collect(Collectors.joining(", "));
		return missing.isEmpty() ? Optional.empty() : Optional.of(new SafetyFinding(SafetyConcern.DATA_NOT_CHECKED,
				"not checked", "Could not be checked (the data was not available): " + missing));
	}

}

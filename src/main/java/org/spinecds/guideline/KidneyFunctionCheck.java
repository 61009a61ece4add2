package org.spinecds.guideline;

import org.spinecds.guideline.evidence.EvidenceCodes;
import org.spinecds.guideline.evidence.Procedures;
import org.spinecds.guideline.evidence.DateSpan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.spinecds.record.PatientRecord;
import org.spinecds.record.PrefetchKey;
import org.spinecds.terminology.ValueSetUrls;
import org.spinecds.terminology.ValueSets;

/**
 * NSF risk before gadolinium (ACR Manual on Contrast Media; ACR-NKF 2021; clinical.md
 * 2e): the latest eGFR of the last 90 days below 30 mL/min/1.73 m2, dialysis, or CKD
 * stage 5, end-stage or acute kidney disease. No eGFR in the last 90 days is a note, not
 * a warning.
 */
final class KidneyFunctionCheck {

	static final int EGFR_THRESHOLD = 30;
	static final int RECENT_DAYS = 90;

	private final ValueSets valueSets;

	KidneyFunctionCheck(ValueSets valueSets) {
		this.valueSets = valueSets;
	}

	List<SafetyFinding> check(PatientRecord record, LocalDate today) {
		List<SafetyFinding> findings = new ArrayList<>();
		if (!record.notObtained().contains(PrefetchKey.OBSERVATIONS)) {
			egfr(record.observations(), today).ifPresent(findings::add);
		}
		findings.addAll(ConditionFindings.current(valueSets, record.conditions(), ValueSetUrls.DIALYSIS_CONDITION,
				SafetyConcern.KIDNEY_FUNCTION, "on dialysis"));
		findings.addAll(ConditionFindings.current(valueSets, record.conditions(), ValueSetUrls.SEVERE_KIDNEY_DISEASE,
				SafetyConcern.KIDNEY_FUNCTION, "severe kidney disease"));
		for (Procedure procedure : record.procedures()) {
			Optional<DateSpan> performed = recentDialysis(procedure, today);
			if (performed.isPresent()) {
				String reference = "Procedure/" + procedure.getIdElement().getIdPart();
				valueSets.firstMatch(ValueSetUrls.DIALYSIS_PROCEDURE, procedure.getCode())
					.ifPresent(code -> findings.add(new SafetyFinding(SafetyConcern.KIDNEY_FUNCTION, "on dialysis",
							EvidenceCodes.text(code, reference) + ", " + performed.get().text())));
			}
		}
		return findings;
	}

	private Optional<SafetyFinding> egfr(List<Observation> observations, LocalDate today) {
		List<Observation> results = Observations.resultedNewestFirst(observations)
			.stream()
			.filter(observation -> valueSets.firstMatch(ValueSetUrls.EGFR, observation.getCode()).isPresent())
			.filter(observation -> observation.hasValueQuantity() && observation.getValueQuantity().hasValue())
			.filter(observation -> !Observations.taken(observation).get().earliest().isAfter(today))
			.toList();
		if (results.isEmpty()) {
			return Optional.of(new SafetyFinding(SafetyConcern.NO_RECENT_EGFR, "no recent eGFR", "No eGFR on record"));
		}
		Observation latest = results.get(0);
		DateSpan taken = Observations.taken(latest).get();
		String value = "eGFR " + quantity(latest.getValueQuantity()) + " on " + taken.text();
		if (ChronoUnit.DAYS.between(taken.latest(), today) > RECENT_DAYS) {
			return Optional.of(new SafetyFinding(SafetyConcern.NO_RECENT_EGFR, "no recent eGFR",
					"No eGFR in the last " + RECENT_DAYS + " days (last: " + value + ")"));
		}
		return belowThreshold(latest.getValueQuantity())
				? Optional.of(new SafetyFinding(SafetyConcern.KIDNEY_FUNCTION,
						"eGFR " + latest.getValueQuantity().getValue().stripTrailingZeros().toPlainString(), value))
				: Optional.empty();
	}

	/** Below 30; a reported "&lt; 30" or "&lt;= 29" counts, a "&gt; 25" does not. */
	private static boolean belowThreshold(Quantity quantity) {
		BigDecimal limit = BigDecimal.valueOf(EGFR_THRESHOLD);
		int compared = quantity.getValue().compareTo(limit);
		return switch (quantity.getComparator() == null ? Quantity.QuantityComparator.NULL : quantity.getComparator()) {
			case LESS_THAN -> compared <= 0;
			case GREATER_THAN, GREATER_OR_EQUAL -> false;
			default -> compared < 0;
		};
	}

	/**
	 * The date of a completed or ongoing dialysis in the last 90 days; older dialysis may
	 * predate a transplant.
	 */
	private Optional<DateSpan> recentDialysis(Procedure procedure, LocalDate today) {
		boolean happening = procedure.getStatus() == Procedure.ProcedureStatus.COMPLETED
				|| procedure.getStatus() == Procedure.ProcedureStatus.INPROGRESS;
		if (!happening || valueSets.firstMatch(ValueSetUrls.DIALYSIS_PROCEDURE, procedure.getCode()).isEmpty()) {
			return Optional.empty();
		}
		return Procedures.performed(procedure)
			.filter(date -> ChronoUnit.DAYS.between(date.latest(), today) <= RECENT_DAYS);
	}

	private static String quantity(Quantity quantity) {
		String comparator = quantity.hasComparator() ? quantity.getComparator().toCode() : "";
		String unit = quantity.hasUnit() ? " " + quantity.getUnit() : "";
		return comparator + quantity.getValue().stripTrailingZeros().toPlainString() + unit;
	}

}

package org.spinecds.guideline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.spinecds.record.PatientRecord;
import org.spinecds.terminology.ValueSetUrls;
import org.spinecds.terminology.ValueSets;

/**
 * Pregnancy: a current pregnancy Condition, or a latest pregnancy-status Observation of
 * the last 280 days (a term pregnancy) whose value is "pregnant". Gadolinium is avoided
 * unless essential (clinical.md 2e).
 */
final class PregnancyCheck {

	static final int PREGNANCY_DAYS = 280;

	private final ValueSets valueSets;

	PregnancyCheck(ValueSets valueSets) {
		this.valueSets = valueSets;
	}

	List<SafetyFinding> check(PatientRecord record, LocalDate today) {
		List<SafetyFinding> findings = new ArrayList<>(ConditionFindings.current(valueSets, record.conditions(),
				ValueSetUrls.PREGNANCY_CONDITION, SafetyConcern.PREGNANCY, "pregnant"));
		Observations.resultedNewestFirst(record.observations())
			.stream()
			.filter(observation -> valueSets
				.firstMatch(ValueSetUrls.PREGNANCY_STATUS_OBSERVATION, observation.getCode())
				.isPresent())
			.findFirst()
			.filter(latest -> isPregnant(latest, today))
			.ifPresent(latest -> findings.add(new SafetyFinding(SafetyConcern.PREGNANCY, "pregnant",
					"Pregnancy status: pregnant on " + Observations.taken(latest).get().text())));
		return findings;
	}

	private boolean isPregnant(Observation status, LocalDate today) {
		long age = ChronoUnit.DAYS.between(Observations.taken(status).get().latest(), today);
		return age <= PREGNANCY_DAYS && status.getValue() instanceof CodeableConcept value
				&& valueSets.firstMatch(ValueSetUrls.PREGNANT_FINDING, value).isPresent();
	}

}

package org.spinecds.guideline.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.terminology.ValueSets;

/**
 * Finds Conditions and order reasons coded in a value set. Refuted and entered-in-error
 * Conditions never count; inactive, resolved and in-remission ones count only when
 * {@code includeHistory} (a cancer history still counts for low back pain). Provisional,
 * differential and unconfirmed Conditions count as suspected ("rule out"). The order's
 * own reasonCode counts as current, undated.
 */
public final class CodedFindings {

	private static final Set<String> SUSPECTED = Set.of("provisional", "differential", "unconfirmed");

	private final ValueSets valueSets;

	public CodedFindings(ValueSets valueSets) {
		this.valueSets = valueSets;
	}

	public List<Finding> find(Criterion criterion, String valueSetUrl, List<Condition> conditions, ServiceRequest order,
			boolean includeHistory, Predicate<Coding> excluded) {
		List<Finding> found = new ArrayList<>();
		for (Condition condition : conditions) {
			if (ConditionStatus.isRefutedOrEnteredInError(condition)
					|| (!includeHistory && !ConditionStatus.isCurrent(condition))) {
				continue;
			}
			match(valueSetUrl, condition.getCode(), excluded).ifPresent(
					code -> found.add(Finding.coded(criterion, EvidenceSource.CONDITION, code, started(condition),
							isSuspected(condition), Optional.of("Condition/" + condition.getIdElement().getIdPart()))));
		}
		if (order != null) {
			for (CodeableConcept reason : order.getReasonCode()) {
				match(valueSetUrl, reason, excluded).ifPresent(code -> found.add(Finding.coded(criterion,
						EvidenceSource.ORDER_REASON, code, Optional.empty(), false, Optional.empty())));
			}
		}
		return found;
	}

	public List<Finding> find(Criterion criterion, String valueSetUrl, List<Condition> conditions,
			ServiceRequest order) {
		return find(criterion, valueSetUrl, conditions, order, false, coding -> false);
	}

	/** Whether any coding of {@code concept} is in the value set. */
	public boolean contains(String valueSetUrl, CodeableConcept concept) {
		return valueSets.firstMatch(valueSetUrl, concept).isPresent();
	}

	private Optional<Coding> match(String valueSetUrl, CodeableConcept concept, Predicate<Coding> excluded) {
		if (concept == null) {
			return Optional.empty();
		}
		for (Coding coding : concept.getCoding()) {
			if (coding == null || coding.getCode() == null || excluded.test(coding)) {
				continue;
			}
			if (valueSets.contains(valueSetUrl, coding.getSystem(), coding.getCode())) {
				return Optional.of(coding);
			}
		}
		return Optional.empty();
	}

	/** The onset, else the recorded date. */
	public static Optional<DateSpan> started(Condition condition) {
		if (condition.hasOnsetDateTimeType()) {
			return DateSpan.of(condition.getOnsetDateTimeType());
		}
		if (condition.hasOnsetPeriod()) {
			return DateSpan.of(condition.getOnsetPeriod());
		}
		return DateSpan.of(condition.getRecordedDateElement());
	}

	static boolean isSuspected(Condition condition) {
		return StatusCodes.hasAny(condition.getVerificationStatus(), SUSPECTED);
	}

	static String display(Coding code) {
		return code.hasDisplay() ? code.getDisplay() : code.getCode();
	}

}

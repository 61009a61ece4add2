package org.spinecds.guideline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.guideline.evidence.PatientFacts;
import org.spinecds.record.PatientRecord;
import org.spinecds.record.PrefetchKey;
import org.spinecds.terminology.ValueSets;

/**
 * Evaluates each draft imaging order against the guidelines (today: ACR Low Back Pain,
 * all seven variants): the first guideline that covers a recognised study answers for it.
 * Pure: same inputs, same outcomes.
 */
public final class GuidelineEvaluator {

	private final StudyClassifier studyClassifier;

	private final SafetyChecks safetyChecks;

	private final List<Guideline> guidelines;

	public GuidelineEvaluator(ValueSets valueSets, List<Guideline> guidelines) {
		this.studyClassifier = new StudyClassifier(valueSets);
		this.safetyChecks = new SafetyChecks(valueSets);
		this.guidelines = List.copyOf(guidelines);
	}

	/**
	 * One outcome per order that is imaging a guideline looks at (orders it does not look
	 * at are left out). {@code otherDraftOrders} are the session's orders not under
	 * review (order-select): they are not rated, but the suggested study among them means
	 * it is already on its way.
	 */
	public List<GuidelineOutcome> evaluate(PatientRecord record, List<ServiceRequest> orders,
			List<ServiceRequest> otherDraftOrders, LocalDate today) {
		PatientFacts facts = facts(record);
		SafetyReviewer safety = surgeries -> safetyChecks.review(record, surgeries, today);
		List<GuidelineOutcome> outcomes = new ArrayList<>();
		for (ServiceRequest order : orders) {
			studyClassifier.classify(order)
				.flatMap(study -> evaluate(study, facts, safety, today))
				.filter(outcome -> outcome.status() != OutcomeStatus.NOT_IN_SCOPE)
				.ifPresent(outcomes::add);
		}
		Set<StudyCategory> otherDraftStudies = otherDraftOrders.stream()
			.flatMap(order -> studyClassifier.classify(order).stream())
			.map(OrderedStudy::category)
			.collect(Collectors.toSet());
		return OneRecommendation.perOrderSession(outcomes, otherDraftStudies);
	}

	/**
	 * Whether any of the orders is a study a guideline looks at; if none is, no patient
	 * data can change the (empty) answer.
	 */
	public boolean ratesAny(List<ServiceRequest> orders) {
		return orders.stream()
			.flatMap(order -> studyClassifier.classify(order).stream())
			.anyMatch(study -> guidelines.stream().anyMatch(guideline -> guideline.covers(study)));
	}

	/** The record data the guidelines read. */
	public Set<PatientFacts.Need> dataNeeds() {
		Set<PatientFacts.Need> needs = EnumSet.noneOf(PatientFacts.Need.class);
		guidelines.forEach(guideline -> needs.addAll(guideline.dataNeeds()));
		return needs;
	}

	private Optional<GuidelineOutcome> evaluate(OrderedStudy study, PatientFacts facts, SafetyReviewer safety,
			LocalDate today) {
		return guidelines.stream()
			.filter(guideline -> guideline.covers(study))
			.findFirst()
			.map(guideline -> guideline.evaluate(study, facts, safety, today));
	}

	private static PatientFacts facts(PatientRecord record) {
		return new PatientFacts(record.patient(), record.conditions(), record.procedures(), record.medications(),
				!record.notObtained().contains(PrefetchKey.MEDICATIONS));
	}

}

package org.spinecds.guideline;

import org.spinecds.guideline.evidence.LumbarSurgeryFinder;
import org.spinecds.guideline.evidence.FootDropFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.patient.PatientRecord;
import org.spinecds.terminology.ValueSets;

/**
 * Evaluates each draft imaging order against ACR Low Back Pain variant 5. Pure: same
 * inputs, same assessments.
 */
public final class GuidelineEvaluator {

	private final StudyClassifier studyClassifier;

	private final FootDropFinder footDropFinder;

	private final LumbarSurgeryFinder surgeryFinder;

	private final SafetyChecks safetyChecks;

	private final PostOperativeFootDropRule rule = new PostOperativeFootDropRule();

	public GuidelineEvaluator(ValueSets valueSets) {
		this.studyClassifier = new StudyClassifier(valueSets);
		this.footDropFinder = new FootDropFinder(valueSets);
		this.surgeryFinder = new LumbarSurgeryFinder(valueSets);
		this.safetyChecks = new SafetyChecks(valueSets);
	}

	/**
	 * One assessment per order that is lumbar spine imaging for a patient with new foot
	 * drop after lumbar surgery. {@code otherDraftOrders} are the session's orders not
	 * under review (order-select): they are not rated, but the recommended study among
	 * them means it is already on its way.
	 */
	public List<Assessment> evaluate(PatientRecord record, List<ServiceRequest> orders,
			List<ServiceRequest> otherDraftOrders, LocalDate today) {
		List<Assessment> assessments = new ArrayList<>();
		for (ServiceRequest order : orders) {
			studyClassifier.classify(order).flatMap(study -> assess(study, record, today)).ifPresent(assessments::add);
		}
		Set<StudyCategory> otherDraftStudies = otherDraftOrders.stream()
			.flatMap(order -> studyClassifier.classify(order).stream())
			.map(OrderedStudy::category)
			.collect(Collectors.toSet());
		return OneRecommendation.perOrderSession(assessments, otherDraftStudies);
	}

	/**
	 * Whether any of the orders is a study this guideline rates; if none is, no patient
	 * data can change the (empty) assessment.
	 */
	public boolean ratesAny(List<ServiceRequest> orders) {
		return orders.stream().anyMatch(order -> studyClassifier.classify(order).isPresent());
	}

	private Optional<Assessment> assess(OrderedStudy study, PatientRecord record, LocalDate today) {
		ServiceRequest order = study.order();
		return rule
			.evaluate(footDropFinder.find(record.conditions(), order),
					surgeryFinder.find(record.procedures(), record.conditions(), order), today)
			.map(findings -> {
				SafetyReview safety = safetyChecks.review(record, findings, today);
				List<StudyOption> options = StudyOptions.forPatient(safety);
				StudyCategory recommended = options.stream()
					.filter(StudyOption::recommended)
					.findFirst()
					.orElseThrow()
					.study();
				return new Assessment(study, AcrLowBackPainVariant5.rate(study.category()), findings, safety, options,
						Recommendation.forOrdered(study.category(), recommended));
			});
	}

}

package org.spinecds.guideline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.patient.PatientRecord;
import org.spinecds.terminology.ValueSets;

/** Evaluates each draft imaging order against ACR Low Back Pain variant 5. Pure: same inputs, same assessments. */
public final class GuidelineEvaluator {

	private final StudyClassifier studyClassifier;
	private final FootDropFinder footDropFinder;
	private final LumbarSurgeryFinder surgeryFinder;
	private final PostOperativeFootDropRule rule = new PostOperativeFootDropRule();

	public GuidelineEvaluator(ValueSets valueSets) {
		this.studyClassifier = new StudyClassifier(valueSets);
		this.footDropFinder = new FootDropFinder(valueSets);
		this.surgeryFinder = new LumbarSurgeryFinder(valueSets);
	}

	/**
	 * One assessment per order that is lumbar spine imaging for a patient with new foot drop after lumbar surgery.
	 * {@code otherDraftOrders} are the session's orders not under review (order-select): they are not rated, but an
	 * MRI without and with contrast among them means the right study is already on its way.
	 */
	public List<Assessment> evaluate(
			PatientRecord record, List<ServiceRequest> orders, List<ServiceRequest> otherDraftOrders, LocalDate today) {
		List<Assessment> assessments = new ArrayList<>();
		for (ServiceRequest order : orders) {
			studyClassifier.classify(order).flatMap(study -> assess(study, record, today)).ifPresent(assessments::add);
		}
		boolean recommendedStudyOrdered = assessments.stream()
						.anyMatch(assessment -> assessment.recommendation() == Recommendation.KEEP)
				|| otherDraftOrders.stream()
						.flatMap(order -> studyClassifier.classify(order).stream())
						.anyMatch(study -> study.category() == StudyCategory.MRI_WITHOUT_AND_WITH_CONTRAST);
		return OneRecommendation.perOrderSession(assessments, recommendedStudyOrdered);
	}

	private Optional<Assessment> assess(OrderedStudy study, PatientRecord record, LocalDate today) {
		ServiceRequest order = study.order();
		return rule.evaluate(
						footDropFinder.find(record.conditions(), order),
						surgeryFinder.find(record.procedures(), record.conditions(), order),
						today)
				.map(findings -> new Assessment(
						study,
						AcrLowBackPainVariant5.rate(study.category()),
						findings,
						Recommendation.forOrdered(study.category())));
	}
}

package org.spinecds.guideline.evidence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Period;
import org.spinecds.terminology.ValueSets;

/**
 * Medication use from MedicationRequests (medicationCodeableConcept; a
 * medicationReference cannot be read here and is skipped). Each request covers the days
 * from its start (dosage bounds, else dispense validity, else authoredOn) to its end
 * (dosage bounds or dispense validity end; else the supply: expected supply duration
 * times one plus the repeats; else today while the request is active). Requests of one
 * value set are joined when they overlap or follow each other within a day, so monthly
 * renewals add up. Entered-in-error, cancelled and draft requests do not count.
 *
 * <p>
 * Systemic route only: a request whose route names a non-systemic route (topical,
 * inhaled, nasal, epidural, intra-articular, eye, ear, skin) never counts; for the
 * ingredients often given that way ({@code routeDependentUrl}: hydrocortisone,
 * triamcinolone, betamethasone, budesonide) the route must name a systemic one (oral,
 * intravenous, intramuscular, subcutaneous). Routes are read from their text and display,
 * since no route code was verified (docs/lbp-variants-data.md).
 */
public final class MedicationUse {

	private static final Set<MedicationRequestStatus> NOT_TAKEN = Set.of(MedicationRequestStatus.ENTEREDINERROR,
			MedicationRequestStatus.CANCELLED, MedicationRequestStatus.DRAFT);

	private static final List<String> NON_SYSTEMIC = List.of("topical", "inhal", "nasal", "epidural", "intra-artic",
			"intraartic", "articular", "ophthalm", "eye", "otic", "ear", "cutaneous", "skin", "dermal", "intrales",
			"intralesional");

	private static final List<String> SYSTEMIC = List.of("oral", "mouth", "intravenous", "intramuscular",
			"subcutaneous");

	private final ValueSets valueSets;

	public MedicationUse(ValueSets valueSets) {
		this.valueSets = valueSets;
	}

	/**
	 * The longest run of use of a medication in {@code valueSetUrl} (or
	 * {@code routeDependentUrl}, with a systemic route) lasting at least {@code minDays}
	 * and reaching into the {@code withinDays} before today.
	 */
	public Optional<Finding> longestUse(Criterion criterion, List<MedicationRequest> requests, String valueSetUrl,
			String routeDependentUrl, long minDays, long withinDays, LocalDate today) {
		List<Use> uses = new ArrayList<>();
		for (MedicationRequest request : requests) {
			if (!request.hasMedicationCodeableConcept() || request.getStatus() == null
					|| NOT_TAKEN.contains(request.getStatus())) {
				continue;
			}
			CodeableConcept medication = request.getMedicationCodeableConcept();
			Optional<Coding> code = valueSets.firstMatch(valueSetUrl, medication);
			boolean systemic = code.isPresent() ? !namesRoute(request, NON_SYSTEMIC)
					: routeDependentUrl != null && namesRoute(request, SYSTEMIC) && !namesRoute(request, NON_SYSTEMIC);
			if (code.isEmpty() && routeDependentUrl != null) {
				code = valueSets.firstMatch(routeDependentUrl, medication);
			}
			if (code.isEmpty() || !systemic) {
				continue;
			}
			Optional<LocalDate> start = start(request);
			if (start.isEmpty() || start.get().isAfter(today)) {
				continue;
			}
			LocalDate end = end(request, start.get(), today);
			uses.add(new Use(start.get(), end.isBefore(start.get()) ? start.get() : end, code.get(),
					"MedicationRequest/" + request.getIdElement().getIdPart()));
		}
		uses.sort(Comparator.comparing(Use::start));
		List<Use> runs = new ArrayList<>();
		for (Use use : uses) {
			Use last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
			if (last != null && !use.start().isAfter(last.end().plusDays(1))) {
				runs.set(runs.size() - 1, new Use(last.start(), use.end().isAfter(last.end()) ? use.end() : last.end(),
						last.code(), last.reference()));
			}
			else {
				runs.add(use);
			}
		}
		LocalDate recent = today.minusDays(withinDays);
		return runs.stream()
			.filter(run -> ChronoUnit.DAYS.between(run.start(), run.end()) >= minDays)
			.filter(run -> !run.end().isBefore(recent))
			.max(Comparator.comparing(run -> ChronoUnit.DAYS.between(run.start(), run.end())))
			.map(run -> Finding.coded(criterion, EvidenceSource.MEDICATION, run.code(),
					Optional.of(new DateSpan(run.start(), run.start(), run.start().toString())), false,
					Optional.of(run.reference())));
	}

	private static Optional<LocalDate> start(MedicationRequest request) {
		for (Dosage dosage : request.getDosageInstruction()) {
			if (dosage.hasTiming() && dosage.getTiming().hasRepeat() && dosage.getTiming().getRepeat().hasBoundsPeriod()
					&& dosage.getTiming().getRepeat().getBoundsPeriod().hasStart()) {
				return DateSpan.of(dosage.getTiming().getRepeat().getBoundsPeriod().getStartElement())
					.map(DateSpan::earliest);
			}
		}
		if (request.hasDispenseRequest() && request.getDispenseRequest().hasValidityPeriod()
				&& request.getDispenseRequest().getValidityPeriod().hasStart()) {
			return DateSpan.of(request.getDispenseRequest().getValidityPeriod().getStartElement())
				.map(DateSpan::earliest);
		}
		return DateSpan.of(request.getAuthoredOnElement()).map(DateSpan::earliest);
	}

	private static LocalDate end(MedicationRequest request, LocalDate start, LocalDate today) {
		for (Dosage dosage : request.getDosageInstruction()) {
			if (dosage.hasTiming() && dosage.getTiming().hasRepeat()
					&& dosage.getTiming().getRepeat().hasBoundsPeriod()) {
				Period bounds = dosage.getTiming().getRepeat().getBoundsPeriod();
				if (bounds.hasEnd()) {
					return capped(DateSpan.of(bounds.getEndElement()).get().latest(), today);
				}
			}
		}
		if (request.hasDispenseRequest()) {
			var dispense = request.getDispenseRequest();
			if (dispense.hasValidityPeriod() && dispense.getValidityPeriod().hasEnd()) {
				return capped(DateSpan.of(dispense.getValidityPeriod().getEndElement()).get().latest(), today);
			}
			Optional<Long> supplyDays = days(dispense.getExpectedSupplyDuration());
			if (supplyDays.isPresent()) {
				long fills = 1 + (dispense.hasNumberOfRepeatsAllowed() ? dispense.getNumberOfRepeatsAllowed() : 0);
				return capped(start.plusDays(supplyDays.get() * fills), today);
			}
		}
		return request.getStatus() == MedicationRequestStatus.ACTIVE ? today : start;
	}

	private static LocalDate capped(LocalDate end, LocalDate today) {
		return end.isAfter(today) ? today : end;
	}

	private static Optional<Long> days(Duration duration) {
		if (duration == null || !duration.hasValue()) {
			return Optional.empty();
		}
		String unit = duration.hasCode() ? duration.getCode() : duration.getUnit();
		long value = duration.getValue().longValue();
		if (unit == null) {
			return Optional.empty();
		}
		return switch (unit.toLowerCase(Locale.ROOT)) {
			case "d", "day", "days" -> Optional.of(value);
			case "wk", "week", "weeks" -> Optional.of(value * 7);
			case "mo", "month", "months" -> Optional.of(value * 30);
			default -> Optional.empty();
		};
	}

	private static boolean namesRoute(MedicationRequest request, List<String> words) {
		for (Dosage dosage : request.getDosageInstruction()) {
			if (!dosage.hasRoute()) {
				continue;
			}
			List<String> texts = new ArrayList<>();
			texts.add(dosage.getRoute().getText());
			dosage.getRoute().getCoding().forEach(coding -> texts.add(coding.getDisplay()));
			for (String text : texts) {
				if (text == null) {
					continue;
				}
				String lower = text.toLowerCase(Locale.ROOT);
				if (words.stream().anyMatch(lower::contains)) {
					return true;
				}
			}
		}
		return false;
	}

	private record Use(LocalDate start, LocalDate end, Coding code, String reference) {
	}

}

package org.spinecds.guideline;

import org.spinecds.guideline.evidence.DateSpan;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;

/** Reading Observations: which results count, and when they were taken. */
final class Observations {

	private static final Set<ObservationStatus> RESULTED = Set.of(ObservationStatus.FINAL, ObservationStatus.AMENDED,
			ObservationStatus.CORRECTED);

	private Observations() {
	}

	/** Final, amended or corrected results with a known date, the most recent first. */
	static List<Observation> resultedNewestFirst(List<Observation> observations) {
		return observations.stream()
			.filter(observation -> observation.hasStatus() && RESULTED.contains(observation.getStatus()))
			.filter(observation -> taken(observation).isPresent())
			.sorted(Comparator.comparing((Observation observation) -> taken(observation).get().latest()).reversed())
			.toList();
	}

	static Optional<DateSpan> taken(Observation observation) {
		if (observation.hasEffectiveDateTimeType()) {
			return DateSpan.of(observation.getEffectiveDateTimeType());
		}
		if (observation.hasEffectivePeriod()) {
			return DateSpan.of(observation.getEffectivePeriod());
		}
		if (observation.hasEffectiveInstantType()) {
			return DateSpan.of(observation.getEffectiveInstantType());
		}
		return observation.hasIssued() ? DateSpan.of(observation.getIssuedElement()) : Optional.empty();
	}

}

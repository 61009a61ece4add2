package org.spinecds.guideline.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.spinecds.terminology.ValueSets;

/**
 * Completed or in-progress Procedures coded in a value set and performed within a date
 * range (conservative management in the current episode). A Procedure without a date
 * counts only when {@code undatedCounts}.
 */
public final class ProcedureFindings {

	private static final Set<ProcedureStatus> DONE = Set.of(ProcedureStatus.COMPLETED, ProcedureStatus.INPROGRESS);

	private final ValueSets valueSets;

	public ProcedureFindings(ValueSets valueSets) {
		this.valueSets = valueSets;
	}

	public List<Finding> find(Criterion criterion, String valueSetUrl, List<Procedure> procedures, LocalDate from,
			LocalDate to, boolean undatedCounts) {
		List<Finding> found = new ArrayList<>();
		for (Procedure procedure : procedures) {
			// Set.of(...).contains(null) throws: a Procedure without status does not
			// count
			if (procedure.getStatus() == null || !DONE.contains(procedure.getStatus())) {
				continue;
			}
			Optional<Coding> code = valueSets.firstMatch(valueSetUrl, procedure.getCode());
			if (code.isEmpty()) {
				continue;
			}
			Optional<DateSpan> performed = Procedures.performed(procedure);
			boolean inRange = performed.map(date -> !date.latest().isBefore(from) && !date.earliest().isAfter(to))
				.orElse(undatedCounts);
			if (inRange) {
				found.add(Finding.coded(criterion, EvidenceSource.PROCEDURE, code.get(), performed, false,
						Optional.of("Procedure/" + procedure.getIdElement().getIdPart())));
			}
		}
		return found;
	}

}

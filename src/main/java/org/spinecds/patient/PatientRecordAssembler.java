package org.spinecds.patient;

import org.spinecds.record.PatientRecord;
import org.spinecds.record.PrefetchKey;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link PatientRecord}: prefetch first, the EHR's FHIR server for the gaps
 * (within cds.fhir.deadline of the call's arrival), 412 if required data is missing.
 */
@Component
public class PatientRecordAssembler {

	private static final NotObtained UNKNOWN_REASON = NotObtained.failed("no reason given");

	private final EhrDataSource ehrDataSource;

	private final PrefetchTemplates templates;

	public PatientRecordAssembler(EhrDataSource ehrDataSource, PrefetchTemplates templates) {
		this.ehrDataSource = ehrDataSource;
		this.templates = templates;
	}

	/**
	 * @param callArrivedNanos when the hook call arrived ({@link System#nanoTime()}), the
	 * start of its deadline
	 */
	public PatientRecord assemble(CdsServiceRequestJson request, String patientId, long callArrivedNanos) {
		Map<PrefetchKey, List<Resource>> data = new EnumMap<>(PrefetchKey.class);
		Set<PrefetchKey> missing = EnumSet.noneOf(PrefetchKey.class);
		for (PrefetchKey key : PrefetchKey.values()) {
			PrefetchReader.read(request, key)
				.ifPresentOrElse(resources -> data.put(key, resources), () -> missing.add(key));
		}
		Map<PrefetchKey, NotObtained> reasons = Map.of();
		if (!missing.isEmpty()) {
			EhrFetchResult fetched = ehrDataSource.fetch(request, missing, callArrivedNanos);
			data.putAll(fetched.fetched());
			missing.removeAll(fetched.fetched().keySet());
			reasons = fetched.notObtained();
		}
		requireAll(missing, reasons, templates);
		return new PatientRecord(patientId, resources(data, PrefetchKey.PATIENT, Patient.class).stream().findFirst(),
				resources(data, PrefetchKey.CONDITIONS, Condition.class),
				resources(data, PrefetchKey.PROCEDURES, Procedure.class),
				resources(data, PrefetchKey.OBSERVATIONS, Observation.class),
				resources(data, PrefetchKey.ALLERGIES, AllergyIntolerance.class),
				resources(data, PrefetchKey.DEVICES, Device.class),
				resources(data, PrefetchKey.MEDICATIONS, MedicationRequest.class), missing);
	}

	private static void requireAll(Set<PrefetchKey> missing, Map<PrefetchKey, NotObtained> reasons,
			PrefetchTemplates templates) {
		Map<NotObtained, List<PrefetchKey>> keysByReason = new LinkedHashMap<>();
		for (PrefetchKey key : missing) {
			if (key.required()) {
				keysByReason.computeIfAbsent(reasons.getOrDefault(key, UNKNOWN_REASON), any -> new ArrayList<>())
					.add(key);
			}
		}
		if (keysByReason.isEmpty()) {
			return;
		}
		String why = keysByReason.entrySet()
			.stream()
			.map(entry -> entry.getKey().explanation() + ": prefetch key " + describe(entry.getValue(), templates))
			.collect(Collectors.joining("; and "));
		String remedies = keysByReason.keySet()
			.stream()
			.map(NotObtained::remedy)
			.distinct()
			.collect(Collectors.joining("; "));
		throw new PreconditionFailedException(
				"Required patient data was not prefetched and " + why + ". To fix: " + remedies + ".");
	}

	private static String describe(List<PrefetchKey> keys, PrefetchTemplates templates) {
		return keys.stream()
			.map(key -> "'" + key.key() + "' (" + templates.template(key) + ")")
			.collect(Collectors.joining(", "));
	}

	private static <T extends Resource> List<T> resources(Map<PrefetchKey, List<Resource>> data, PrefetchKey key,
			Class<T> type) {
		List<T> typed = new ArrayList<>();
		for (Resource resource : data.getOrDefault(key, List.of())) {
			if (type.isInstance(resource)) {
				typed.add(type.cast(resource));
			}
		}
		return typed;
	}

}

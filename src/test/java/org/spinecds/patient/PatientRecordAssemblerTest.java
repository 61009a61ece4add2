package org.spinecds.patient;

import org.spinecds.record.PatientRecord;
import org.spinecds.record.PrefetchKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestContextJson;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.spinecds.terminology.TestTerminology;

class PatientRecordAssemblerTest {

	private static final PrefetchTemplates TEMPLATES = new PrefetchTemplates(TestTerminology.builtInValueSets());

	private static CdsServiceRequestJson requestWithoutPrefetch() {
		CdsServiceRequestJson request = new CdsServiceRequestJson();
		CdsServiceRequestContextJson context = new CdsServiceRequestContextJson();
		context.put("patientId", "p1");
		request.setContext(context);
		return request;
	}

	@Test
	void requiredKeysNotObtainedGive412WithEachReason() {
		EhrDataSource ehr = (request, keys, arrived) -> new EhrFetchResult(Map.of(PrefetchKey.PATIENT, List.of()),
				Map.of(PrefetchKey.CONDITIONS, NotObtained.failed("HTTP 500"), PrefetchKey.PROCEDURES,
						NotObtained.deadline("2 s")));

		assertThatThrownBy(() -> new PatientRecordAssembler(ehr, TEMPLATES).assemble(requestWithoutPrefetch(), "p1",
				System.nanoTime()))
			.isInstanceOf(PreconditionFailedException.class)
			.hasMessageContaining("'conditions' (Condition?patient={{context.patientId}})")
			.hasMessageContaining("fetching it from the fhirServer failed (HTTP 500)")
			.hasMessageContaining("'procedures'")
			.hasMessageContaining("in time (deadline 2 s, cds.fhir.deadline)");
	}

	@Test
	void sameReasonIsSaidOnceForAllItsKeys() {
		EhrDataSource ehr = (request, keys, arrived) -> EhrFetchResult.noneObtained(keys,
				NotObtained.notAllowed("x matches none"));

		assertThatThrownBy(() -> new PatientRecordAssembler(ehr, TEMPLATES).assemble(requestWithoutPrefetch(), "p1",
				System.nanoTime()))
			.hasMessageContaining("not allowed by cds.fhir.allowed-servers (x matches none): prefetch key"
					+ " 'conditions' (Condition?patient={{context.patientId}}), 'procedures'");
	}

	@Test
	void optionalKeyNotObtainedIsNamedInTheRecord() {
		EhrDataSource ehr = (request, keys, arrived) -> new EhrFetchResult(
				Map.of(PrefetchKey.CONDITIONS, List.of(new Condition()), PrefetchKey.PROCEDURES, List.of()),
				Map.of(PrefetchKey.PATIENT, NotObtained.failed("HTTP 404")));

		PatientRecord record = new PatientRecordAssembler(ehr, TEMPLATES).assemble(requestWithoutPrefetch(), "p1",
				System.nanoTime());

		assertThat(record.patient()).isEmpty();
		assertThat(record.conditions()).hasSize(1);
		assertThat(record.notObtained()).containsExactlyInAnyOrder(PrefetchKey.PATIENT, PrefetchKey.OBSERVATIONS,
				PrefetchKey.ALLERGIES, PrefetchKey.DEVICES, PrefetchKey.MEDICATIONS);
	}

	@Test
	void operationOutcomeInPrefetchIsAskedFromTheEhr() {
		CdsServiceRequestJson request = requestWithoutPrefetch();
		request.addPrefetch("patient", null);
		request.addPrefetch("conditions", new OperationOutcome());
		request.addPrefetch("procedures", new Bundle());
		request.addPrefetch("observations", null);
		request.addPrefetch("allergies", null);
		request.addPrefetch("devices", null);
		request.addPrefetch("medications", null);
		EhrDataSource ehr = (ignored, keys, arrived) -> {
			assertThat(keys).containsExactly(PrefetchKey.CONDITIONS);
			return new EhrFetchResult(Map.of(PrefetchKey.CONDITIONS, List.of(new Condition())), Map.of());
		};

		PatientRecord record = new PatientRecordAssembler(ehr, TEMPLATES).assemble(request, "p1", System.nanoTime());

		assertThat(record.conditions()).hasSize(1);
		assertThat(record.notObtained()).isEmpty();
	}

}

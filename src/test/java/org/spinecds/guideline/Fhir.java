package org.spinecds.guideline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.spinecds.record.PatientRecord;
import org.spinecds.record.PrefetchKey;
import org.spinecds.terminology.TestTerminology;

/**
 * Small builders for the FHIR resources the guideline reads, so tests say what matters
 * and nothing else:
 * {@code condition(SNOMED, "6077001").id("fd").onset("2026-11-10").build()}.
 */
public final class Fhir {

	public static final String SNOMED = TestTerminology.SNOMED;

	public static final String ICD10CM = TestTerminology.ICD10CM;

	public static final String ICD10PCS = TestTerminology.ICD10PCS;

	public static final String CPT = TestTerminology.CPT;

	public static final String LOINC = TestTerminology.LOINC;

	public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

	/**
	 * NCI Thesaurus, as FHIR names it and by its OID; device safety codes (MR Unsafe
	 * C106047) come under either.
	 */
	public static final String NCI_THESAURUS = "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl";

	public static final String NCI_THESAURUS_OID = "urn:oid:2.16.840.1.113883.3.26.1.1";

	public static final String CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/condition-clinical";

	public static final String VERIFICATION_STATUS = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

	public static final String ALLERGY_CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";

	public static final String ALLERGY_VERIFICATION_STATUS = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";

	/** LOINC eGFR (CKD-EPI 2021) and LOINC pregnancy status. */
	public static final String EGFR = "98979-8";

	public static final String PREGNANCY_STATUS = "82810-3";

	public static final String PATIENT = "Patient/pt-1";

	private Fhir() {
	}

	public static ConditionBuilder condition(String system, String code) {
		return new ConditionBuilder(system, code);
	}

	public static ProcedureBuilder procedure(String system, String code) {
		return new ProcedureBuilder(system, code);
	}

	public static OrderBuilder order(String system, String code) {
		return new OrderBuilder().code(system, code);
	}

	/**
	 * A draft order with no code at all (the sandbox's first call sends {@code code:
	 * {coding: [{}]}}).
	 */
	public static OrderBuilder order() {
		return new OrderBuilder();
	}

	/**
	 * A final Observation "Observation/obs-1" with the given code, no value and no date.
	 */
	public static ObservationBuilder observation(String system, String code) {
		return new ObservationBuilder(system, code);
	}

	/** A final eGFR result (LOINC 98979-8) in mL/min/1.73m2, taken on {@code date}. */
	public static ObservationBuilder egfr(String value, String date) {
		return observation(LOINC, EGFR).value(value, "mL/min/1.73m2").effective(date);
	}

	/**
	 * A final pregnancy status (LOINC 82810-3) with a SNOMED value, taken on
	 * {@code date}.
	 */
	public static ObservationBuilder pregnancyStatus(String snomedValue, String date) {
		return observation(LOINC, PREGNANCY_STATUS).valueConcept(SNOMED, snomedValue).effective(date);
	}

	/** An active, confirmed AllergyIntolerance "AllergyIntolerance/allergy-1". */
	public static AllergyBuilder allergy(String system, String code) {
		return new AllergyBuilder(system, code);
	}

	/**
	 * An active Device "Device/device-1" of the patient, with no type and no safety code.
	 */
	public static DeviceBuilder device() {
		return new DeviceBuilder();
	}

	/** A record for "pt-1", every key obtained, nothing in it until added. */
	public static RecordBuilder record() {
		return new RecordBuilder();
	}

	public static DateTimeType date(String value) {
		return new DateTimeType(value);
	}

	public static CodeableConcept concept(String system, String code) {
		return new CodeableConcept().addCoding(new Coding(system, code, null));
	}

	public static final class ConditionBuilder {

		private final Condition condition = new Condition();

		private ConditionBuilder(String system, String code) {
			condition.setId("cond-1");
			condition.setCode(concept(system, code));
			condition.setSubject(new Reference(PATIENT));
			clinicalStatus("active");
		}

		public ConditionBuilder id(String id) {
			condition.setId(id);
			return this;
		}

		public ConditionBuilder clinicalStatus(String code) {
			condition.setClinicalStatus(concept(CLINICAL_STATUS, code));
			return this;
		}

		public ConditionBuilder noClinicalStatus() {
			condition.setClinicalStatus(null);
			return this;
		}

		public ConditionBuilder verificationStatus(String code) {
			condition.setVerificationStatus(concept(VERIFICATION_STATUS, code));
			return this;
		}

		public ConditionBuilder onset(String date) {
			condition.setOnset(date(date));
			return this;
		}

		/** Either bound may be null. */
		public ConditionBuilder onsetPeriod(String start, String end) {
			condition.setOnset(period(start, end));
			return this;
		}

		public ConditionBuilder recorded(String date) {
			condition.setRecordedDateElement(date(date));
			return this;
		}

		public Condition build() {
			return condition;
		}

	}

	public static final class ProcedureBuilder {

		private final Procedure procedure = new Procedure();

		private ProcedureBuilder(String system, String code) {
			procedure.setId("proc-1");
			procedure.setCode(concept(system, code));
			procedure.setSubject(new Reference(PATIENT));
			procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
		}

		public ProcedureBuilder id(String id) {
			procedure.setId(id);
			return this;
		}

		public ProcedureBuilder status(String code) {
			procedure.setStatus(Procedure.ProcedureStatus.fromCode(code));
			return this;
		}

		public ProcedureBuilder performed(String date) {
			procedure.setPerformed(date(date));
			return this;
		}

		/** Either bound may be null. */
		public ProcedureBuilder performedPeriod(String start, String end) {
			procedure.setPerformed(period(start, end));
			return this;
		}

		public Procedure build() {
			return procedure;
		}

	}

	public static final class OrderBuilder {

		private final ServiceRequest order = new ServiceRequest();

		private OrderBuilder() {
			order.setId("sr-1");
			order.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT);
			order.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
			order.setSubject(new Reference(PATIENT));
			order.getCode().addCoding(new Coding());
		}

		public OrderBuilder id(String id) {
			order.setId(id);
			return this;
		}

		public OrderBuilder code(String system, String code) {
			order.setCode(concept(system, code));
			return this;
		}

		/** Another coding of the same study (CPT and LOINC side by side). */
		public OrderBuilder alsoCoded(String system, String code) {
			order.getCode().addCoding(new Coding(system, code, null));
			return this;
		}

		public OrderBuilder reason(String system, String code) {
			order.addReasonCode(concept(system, code));
			return this;
		}

		/** A reasonCode as the sandbox may send it: {@code {"coding": [{}]}}. */
		public OrderBuilder emptyReason() {
			order.addReasonCode(new CodeableConcept().addCoding(new Coding()));
			return this;
		}

		public OrderBuilder requester(String reference) {
			order.setRequester(new Reference(reference));
			return this;
		}

		public OrderBuilder encounter(String reference) {
			order.setEncounter(new Reference(reference));
			return this;
		}

		public OrderBuilder authoredOn(String date) {
			order.setAuthoredOnElement(date(date));
			return this;
		}

		public ServiceRequest build() {
			return order;
		}

	}

	public static final class ObservationBuilder {

		private final Observation observation = new Observation();

		private ObservationBuilder(String system, String code) {
			observation.setId("obs-1");
			observation.setStatus(Observation.ObservationStatus.FINAL);
			observation.setCode(concept(system, code));
			observation.setSubject(new Reference(PATIENT));
		}

		public ObservationBuilder id(String id) {
			observation.setId(id);
			return this;
		}

		public ObservationBuilder status(String code) {
			observation.setStatus(Observation.ObservationStatus.fromCode(code));
			return this;
		}

		public ObservationBuilder effective(String date) {
			observation.setEffective(date(date));
			return this;
		}

		public ObservationBuilder value(String value, String unit) {
			observation.setValue(new Quantity().setValue(new BigDecimal(value))
				.setUnit(unit)
				.setSystem("http://unitsofmeasure.org")
				.setCode(unit));
			return this;
		}

		/**
		 * Sets the comparator ("<", "<=", ">=", ">") of the quantity value already set.
		 */
		public ObservationBuilder comparator(String comparator) {
			observation.getValueQuantity().setComparator(Quantity.QuantityComparator.fromCode(comparator));
			return this;
		}

		public ObservationBuilder valueConcept(String system, String code) {
			observation.setValue(concept(system, code));
			return this;
		}

		public Observation build() {
			return observation;
		}

	}

	public static final class AllergyBuilder {

		private final AllergyIntolerance allergy = new AllergyIntolerance();

		private AllergyBuilder(String system, String code) {
			allergy.setId("allergy-1");
			allergy.setCode(concept(system, code));
			allergy.setPatient(new Reference(PATIENT));
			clinicalStatus("active");
			verificationStatus("confirmed");
		}

		public AllergyBuilder id(String id) {
			allergy.setId(id);
			return this;
		}

		public AllergyBuilder display(String display) {
			allergy.getCode().getCodingFirstRep().setDisplay(display);
			return this;
		}

		public AllergyBuilder clinicalStatus(String code) {
			allergy.setClinicalStatus(concept(ALLERGY_CLINICAL_STATUS, code));
			return this;
		}

		public AllergyBuilder noClinicalStatus() {
			allergy.setClinicalStatus(null);
			return this;
		}

		public AllergyBuilder verificationStatus(String code) {
			allergy.setVerificationStatus(concept(ALLERGY_VERIFICATION_STATUS, code));
			return this;
		}

		public AllergyIntolerance build() {
			return allergy;
		}

	}

	public static final class DeviceBuilder {

		private final Device device = new Device();

		private DeviceBuilder() {
			device.setId("device-1");
			device.setStatus(Device.FHIRDeviceStatus.ACTIVE);
			device.setPatient(new Reference(PATIENT));
		}

		public DeviceBuilder id(String id) {
			device.setId(id);
			return this;
		}

		public DeviceBuilder status(String code) {
			device.setStatus(Device.FHIRDeviceStatus.fromCode(code));
			return this;
		}

		public DeviceBuilder type(String system, String code) {
			device.setType(concept(system, code));
			return this;
		}

		public DeviceBuilder typeText(String text) {
			device.getType().setText(text);
			return this;
		}

		public DeviceBuilder safety(String system, String code) {
			device.addSafety(concept(system, code));
			return this;
		}

		public Device build() {
			return device;
		}

	}

	public static final class RecordBuilder {

		private final List<Condition> conditions = new ArrayList<>();

		private final List<Procedure> procedures = new ArrayList<>();

		private final List<Observation> observations = new ArrayList<>();

		private final List<AllergyIntolerance> allergies = new ArrayList<>();

		private final List<Device> devices = new ArrayList<>();

		private final List<MedicationRequest> medications = new ArrayList<>();

		private final Set<PrefetchKey> notObtained = EnumSet.noneOf(PrefetchKey.class);

		private RecordBuilder() {
		}

		public RecordBuilder conditions(Condition... added) {
			conditions.addAll(List.of(added));
			return this;
		}

		public RecordBuilder procedures(Procedure... added) {
			procedures.addAll(List.of(added));
			return this;
		}

		public RecordBuilder observations(Observation... added) {
			observations.addAll(List.of(added));
			return this;
		}

		public RecordBuilder allergies(AllergyIntolerance... added) {
			allergies.addAll(List.of(added));
			return this;
		}

		public RecordBuilder medications(MedicationRequest... added) {
			medications.addAll(List.of(added));
			return this;
		}

		public RecordBuilder devices(Device... added) {
			devices.addAll(List.of(added));
			return this;
		}

		/** Keys the assembler could not obtain (their lists stay empty). */
		public RecordBuilder notObtained(PrefetchKey... keys) {
			notObtained.addAll(List.of(keys));
			return this;
		}

		public PatientRecord build() {
			return new PatientRecord("pt-1", Optional.empty(), conditions, procedures, observations, allergies, devices,
					medications, notObtained);
		}

	}

	private static Period period(String start, String end) {
		Period period = new Period();
		if (start != null) {
			period.setStartElement(date(start));
		}
		if (end != null) {
			period.setEndElement(date(end));
		}
		return period;
	}

}

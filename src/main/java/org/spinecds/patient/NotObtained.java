package org.spinecds.patient;

/**
 * Why a prefetch key that the client did not send could not be fetched either; the 412
 * message says it.
 */
public record NotObtained(Cause cause, String detail) {

	public enum Cause {

		NO_FHIR_SERVER, FHIR_SERVER_NOT_ALLOWED, TEMPLATE_NOT_FILLABLE, FAILED, INCOMPLETE, DEADLINE

	}

	static NotObtained noFhirServer() {
		return new NotObtained(Cause.NO_FHIR_SERVER, "");
	}

	static NotObtained notAllowed(String why) {
		return new NotObtained(Cause.FHIR_SERVER_NOT_ALLOWED, why);
	}

	static NotObtained templateNotFillable() {
		return new NotObtained(Cause.TEMPLATE_NOT_FILLABLE, "");
	}

	static NotObtained failed(String what) {
		return new NotObtained(Cause.FAILED, what);
	}

	static NotObtained incomplete(String why) {
		return new NotObtained(Cause.INCOMPLETE, why);
	}

	static NotObtained deadline(String deadline) {
		return new NotObtained(Cause.DEADLINE, deadline);
	}

	/** Completes "Required patient data was not prefetched and ...". */
	/** What the caller (or the operator) can do about it. */
	public String remedy() {
		return switch (cause) {
			case NO_FHIR_SERVER, TEMPLATE_NOT_FILLABLE ->
				"send the data as prefetch, or send fhirServer (with fhirAuthorization) so the service can query it";
			case FHIR_SERVER_NOT_ALLOWED ->
				"send the data as prefetch, or have the service's operator add this FHIR server to cds.fhir.allowed-servers";
			case FAILED, INCOMPLETE, DEADLINE ->
				"send the data as prefetch, or check that the FHIR server is reachable and answers in time";
		};
	}

	public String explanation() {
		return switch (cause) {
			case NO_FHIR_SERVER -> "the request has no fhirServer to fetch it from";
			case FHIR_SERVER_NOT_ALLOWED ->
				"the request's fhirServer is not allowed by cds.fhir.allowed-servers (" + detail + ")";
			case TEMPLATE_NOT_FILLABLE -> "its prefetch template has a token this request's context does not fill";
			case FAILED -> "fetching it from the fhirServer failed (" + detail + ")";
			case INCOMPLETE -> "the fhirServer's answer was incomplete (" + detail + ")";
			case DEADLINE ->
				"it could not be fetched from the fhirServer in time (deadline " + detail + ", cds.fhir.deadline)";
		};
	}
}

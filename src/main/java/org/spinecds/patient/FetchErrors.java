package org.spinecds.patient;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.client.exceptions.NonFhirResponseException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.conn.ConnectionPoolTimeoutException;
import org.apache.http.impl.execchain.RequestAbortedException;

/**
 * Turns what HAPI's client throws into the reason a key was not obtained. Only the kind
 * of failure and the HTTP status are kept: HAPI's messages can quote the response body,
 * which may hold patient data.
 */
final class FetchErrors {

	private FetchErrors() {
	}

	static NotObtained reasonFor(RuntimeException error) {
		if (cause(error, MetadataAddressGuard.RefusedAddressException.class).isPresent()) {
			return NotObtained
				.notAllowed(cause(error, MetadataAddressGuard.RefusedAddressException.class).get().getMessage());
		}
		if (error instanceof NonFhirResponseException nonFhir) {
			return NotObtained.failed("the answer is not FHIR (HTTP " + nonFhir.getStatusCode() + ")");
		}
		// HAPI reports a 200 it cannot parse as a 500 of its own making.
		if (cause(error, DataFormatException.class).isPresent()) {
			return NotObtained.failed("the answer is not valid FHIR");
		}
		if (isAborted(error)) {
			return NotObtained.failed("cancelled at the deadline");
		}
		if (cause(error, ConnectionPoolTimeoutException.class).isPresent()) {
			return NotObtained.failed("too many queries in flight, no free connection");
		}
		if (cause(error, ConnectTimeoutException.class).isPresent()) {
			return NotObtained.failed("no connection within cds.fhir.connect-timeout");
		}
		if (cause(error, SocketTimeoutException.class).isPresent()) {
			return NotObtained.failed("no answer within cds.fhir.read-timeout");
		}
		if (cause(error, ConnectException.class).isPresent()) {
			return NotObtained.failed("could not connect");
		}
		if (cause(error, UnknownHostException.class).isPresent()) {
			return NotObtained.failed("the host name is unknown");
		}
		if (cause(error, IOException.class).isPresent()) {
			return NotObtained.failed("connection failed");
		}
		// Last: HAPI reports I/O failures as FhirClientConnectionException, a "500" of
		// its own making.
		if (error instanceof BaseServerResponseException status) {
			return NotObtained.failed("HTTP " + status.getStatusCode());
		}
		return NotObtained.failed(error.getClass().getSimpleName());
	}

	/** The request was aborted under the query ({@link InFlightRequests#abortAll()}). */
	static boolean isAborted(RuntimeException error) {
		return cause(error, RequestAbortedException.class).isPresent();
	}

	private static <T extends Throwable> Optional<T> cause(Throwable error, Class<T> type) {
		for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return Optional.of(type.cast(cause));
			}
		}
		return Optional.empty();
	}

}

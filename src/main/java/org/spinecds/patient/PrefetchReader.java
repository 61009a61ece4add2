package org.spinecds.patient;

import org.spinecds.record.PrefetchKey;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads one prefetch key the way CDS Hooks 2.0 defines it: a resource or Bundle is data,
 * {@code null} is "no data", and an absent key or an OperationOutcome means the client
 * could not supply it.
 */
final class PrefetchReader {

	private PrefetchReader() {
	}

	/**
	 * The resources of the key's type, or empty when the key was not supplied (absent,
	 * OperationOutcome, wrong type).
	 */
	static Optional<List<Resource>> read(CdsServiceRequestJson request, PrefetchKey key) {
		if (!request.getPrefetchKeys().contains(key.key())) {
			return Optional.empty();
		}
		IBaseResource value = request.getPrefetch(key.key());
		if (value == null) {
			return Optional.of(List.of());
		}
		return resourcesOf(value, key);
	}

	static Optional<List<Resource>> resourcesOf(IBaseResource value, PrefetchKey key) {
		if (key.resourceType().isInstance(value)) {
			return Optional.of(List.of((Resource) value));
		}
		if (value instanceof Bundle bundle) {
			// Entries of other types (e.g. an OperationOutcome with search.mode
			// "outcome") are not patient data.
			return Optional.of(bundle.getEntry()
				.stream()
				.map(Bundle.BundleEntryComponent::getResource)
				.filter(key.resourceType()::isInstance)
				.toList());
		}
		return Optional.empty();
	}

}

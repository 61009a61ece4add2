package org.spinecds.patient;

import org.spinecds.record.PrefetchKey;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Resource;

/**
 * What {@link EhrDataSource} could fetch: resources per fetched key, and for every other
 * requested key the reason it was not obtained.
 */
public record EhrFetchResult(Map<PrefetchKey, List<Resource>> fetched, Map<PrefetchKey, NotObtained> notObtained) {

	public EhrFetchResult {
		fetched = fetched.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(fetched));
		notObtained = notObtained.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(notObtained));
	}

	static EhrFetchResult noneObtained(Set<PrefetchKey> keys, NotObtained why) {
		Map<PrefetchKey, NotObtained> reasons = new EnumMap<>(PrefetchKey.class);
		keys.forEach(key -> reasons.put(key, why));
		return new EhrFetchResult(Map.of(), reasons);
	}
}

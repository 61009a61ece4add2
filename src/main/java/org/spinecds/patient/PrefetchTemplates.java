package org.spinecds.patient;

import org.spinecds.record.PrefetchKey;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.spinecds.terminology.ValueSetUrls;
import org.spinecds.terminology.ValueSets;

/**
 * The prefetch templates published at discovery and used to fetch what a client did not
 * send. Observations are narrowed to the codes the safety checks read (eGFR, pregnancy
 * status), taken from their ValueSets.
 */
public final class PrefetchTemplates {

	private final Map<PrefetchKey, String> templates = new EnumMap<>(PrefetchKey.class);

	public PrefetchTemplates(ValueSets valueSets) {
		for (PrefetchKey key : PrefetchKey.values()) {
			templates.put(key, key.baseQuery());
		}
		SortedSet<String> observationCodes = new TreeSet<>(valueSets.listedCodes(ValueSetUrls.EGFR));
		observationCodes.addAll(valueSets.listedCodes(ValueSetUrls.PREGNANCY_STATUS_OBSERVATION));
		templates.put(PrefetchKey.OBSERVATIONS,
				PrefetchKey.OBSERVATIONS.baseQuery() + "&code=" + String.join(",", observationCodes));
	}

	public String template(PrefetchKey key) {
		return templates.get(key);
	}

	public Map<PrefetchKey, String> all() {
		return Collections.unmodifiableMap(templates);
	}

}

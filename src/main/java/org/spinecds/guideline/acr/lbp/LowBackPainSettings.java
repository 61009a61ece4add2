package org.spinecds.guideline.acr.lbp;

import java.time.Period;
import java.util.List;

/**
 * The thresholds of the Low Back Pain rules (defaults and sources:
 * docs/lbp-variants-data.md).
 *
 * @param elderlyAge older than this (in whole years) is "elderly individual" (variant 6)
 * @param acuteWeeks an episode shorter than this many weeks is acute (variant 1)
 * @param chronicWeeks an episode longer than this many weeks is chronic; exactly this
 * many is still subacute
 * @param imagingWeeks this many weeks of management (or more) before imaging (variant 3)
 * @param chronicSteroidDays systemic steroid use this many days or more is chronic
 * (variant 6)
 * @param excludedCancerCodePrefixes ICD-10-CM code prefixes that do not count as cancer
 * (C44: skin)
 * @param newEpisodeGap low back pain starting this long after the previous record of it
 * is a new episode
 */
public record LowBackPainSettings(int elderlyAge, int acuteWeeks, int chronicWeeks, int imagingWeeks,
		int chronicSteroidDays, List<String> excludedCancerCodePrefixes, Period newEpisodeGap) {

	/** Below this age the ACR pediatric topic applies, not this one. */
	public static final int ADULT_AGE = 18;

	public static final LowBackPainSettings DEFAULTS = new LowBackPainSettings(70, 4, 12, 6, 90, List.of("C44"),
			Period.ofMonths(6));

	public LowBackPainSettings {
		excludedCancerCodePrefixes = List.copyOf(excludedCancerCodePrefixes);
		if (acuteWeeks <= 0 || chronicWeeks < acuteWeeks || imagingWeeks <= 0 || chronicSteroidDays <= 0
				|| elderlyAge < ADULT_AGE || newEpisodeGap == null || newEpisodeGap.isNegative()
				|| newEpisodeGap.isZero()) {
			throw new IllegalArgumentException("Low back pain settings out of range: " + this);
		}
	}

	/** Days of the acute band (an episode of fewer days is acute). */
	public long acuteDays() {
		return acuteWeeks * 7L;
	}

	/** An episode of more days than this is chronic. */
	public long chronicDays() {
		return chronicWeeks * 7L;
	}

	public long imagingDays() {
		return imagingWeeks * 7L;
	}

}

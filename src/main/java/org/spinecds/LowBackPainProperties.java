package org.spinecds;

import java.time.Period;
import java.util.List;
import org.spinecds.guideline.acr.lbp.LowBackPainSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds of the ACR Low Back Pain rules (docs/lbp-variants-data.md gives their
 * sources).
 *
 * @param elderlyAge a patient older than this many whole years is an "elderly individual"
 * (variant 6); 70 after the ACR 2007 table, AHCPR and JGIM
 * @param acuteWeeks low back pain of fewer weeks than this is acute (variant 1; ACP:
 * under 4 weeks)
 * @param chronicWeeks low back pain of more weeks than this is chronic; exactly this many
 * is subacute (ACP: over 12 weeks)
 * @param imagingWeeks weeks of low back pain with management on record from which imaging
 * may be indicated (variant 3; ACR and Choosing Wisely: 6 weeks)
 * @param chronicSteroidDays days of systemic corticosteroid use, within the last year,
 * that make it chronic (variant 6; HEDIS: 90)
 * @param excludedCancerCodePrefixes ICD-10-CM code prefixes that do not count as cancer
 * for variant 7, e.g. C44 (skin cancer other than melanoma)
 * @param newEpisodeGap low back pain recorded this long after the previous record of it
 * starts a new episode (HEDIS: 6 months); also how far back management counts when the
 * onset is not recorded
 */
@ConfigurationProperties(prefix = "cds.guideline.lbp")
public record LowBackPainProperties(Integer elderlyAge, Integer acuteWeeks, Integer chronicWeeks, Integer imagingWeeks,
		Integer chronicSteroidDays, List<String> excludedCancerCodePrefixes, Period newEpisodeGap) {

	/** The settings, each unset property at its default. */
	public LowBackPainSettings settings() {
		LowBackPainSettings defaults = LowBackPainSettings.DEFAULTS;
		return new LowBackPainSettings(elderlyAge == null ? defaults.elderlyAge() : elderlyAge,
				acuteWeeks == null ? defaults.acuteWeeks() : acuteWeeks,
				chronicWeeks == null ? defaults.chronicWeeks() : chronicWeeks,
				imagingWeeks == null ? defaults.imagingWeeks() : imagingWeeks,
				chronicSteroidDays == null ? defaults.chronicSteroidDays() : chronicSteroidDays,
				excludedCancerCodePrefixes == null ? defaults.excludedCancerCodePrefixes() : excludedCancerCodePrefixes,
				newEpisodeGap == null ? defaults.newEpisodeGap() : newEpisodeGap);
	}

}

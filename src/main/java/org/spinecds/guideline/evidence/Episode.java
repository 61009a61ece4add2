package org.spinecds.guideline.evidence;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * The current episode of low back pain. Its start is the onset (else recorded date) of
 * the newest dated low back pain Condition, moved back to an older one as long as the
 * older one started less than {@code newEpisodeGap} before (HEDIS: pain is a new episode
 * only after 6 months without it; lbp-topic 1.2, 6.1). {@code days} is the shortest
 * duration the dates allow (a date given as a month counts from its last day). Without a
 * dated Condition a "chronic low back pain" code still says at least {@code chronicDays};
 * otherwise the duration is unknown.
 */
public record Episode(Optional<DateSpan> start, OptionalLong days, Optional<Finding> basis, boolean chronicByCode,
		boolean acuteByCode) {

	public static final Episode UNKNOWN = new Episode(Optional.empty(), OptionalLong.empty(), Optional.empty(), false,
			false);

	/**
	 * As {@link #of(List, Predicate, long, Period, LocalDate)}; without a dated Condition
	 * an "acute low back pain" code ({@code acuteCode}) says the episode is acute, its
	 * length unknown.
	 */
	public static Episode of(List<Finding> lowBackPain, Predicate<Finding> chronicCode, Predicate<Finding> acuteCode,
			long chronicDays, Period newEpisodeGap, LocalDate today) {
		Episode episode = of(lowBackPain, chronicCode, chronicDays, newEpisodeGap, today);
		if (!episode.known() && lowBackPain.stream().anyMatch(acuteCode)) {
			return new Episode(Optional.empty(), OptionalLong.empty(),
					lowBackPain.stream().filter(acuteCode).findFirst(), false, true);
		}
		return episode;
	}

	public static Episode of(List<Finding> lowBackPain, Predicate<Finding> chronicCode, long chronicDays,
			Period newEpisodeGap, LocalDate today) {
		List<Finding> dated = lowBackPain.stream()
			.filter(finding -> finding.date().isPresent())
			.filter(finding -> !finding.date().get().earliest().isAfter(today))
			.sorted(Comparator.comparing((Finding finding) -> finding.date().get().latest()).reversed())
			.toList();
		if (!dated.isEmpty()) {
			Finding first = dated.get(0);
			for (Finding older : dated.subList(1, dated.size())) {
				LocalDate gapStart = first.date().get().earliest().minus(newEpisodeGap);
				if (older.date().get().latest().isBefore(gapStart)) {
					break;
				}
				first = older;
			}
			DateSpan start = first.date().get();
			long days = Math.max(0, ChronoUnit.DAYS.between(start.latest(), today));
			return new Episode(Optional.of(start), OptionalLong.of(days), Optional.of(first), false, false);
		}
		return lowBackPain.stream()
			.filter(chronicCode)
			.findFirst()
			.map(finding -> new Episode(Optional.empty(), OptionalLong.of(chronicDays), Optional.of(finding), true,
					false))
			.orElse(UNKNOWN);
	}

	public boolean known() {
		return days.isPresent();
	}

}

package org.spinecds.guideline;

import org.spinecds.guideline.evidence.SurgeryEvidence;
import org.spinecds.guideline.evidence.FootDropEvidence;
import org.spinecds.guideline.evidence.DateSpan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * ACR Low Back Pain variant 5 entry rule: foot drop that is new or progressing after
 * prior lumbar surgery.
 *
 * <ul>
 * <li>The surgery compared against is the most recent dated one (a surgery dated after
 * today is not "prior").
 * <li>A foot drop that clearly began before that surgery (its onset, or if no onset its
 * recorded date, ends before the surgery starts) is not new, unless the Condition is
 * marked recurrence or relapse. Unknown onset counts as new.
 * <li>Onset within 30 days after surgery is {@link Urgency#EMERGENT}. With an unknown
 * onset that is only certain when the surgery itself was at most 30 days ago.
 * </ul>
 */
public final class PostOperativeFootDropRule {

	public Optional<PostOperativeFootDrop> evaluate(List<FootDropEvidence> footDrops, List<SurgeryEvidence> surgeries,
			LocalDate today) {
		List<SurgeryEvidence> priorSurgery = surgeries.stream()
			.filter(surgery -> surgery.performed().map(date -> !date.earliest().isAfter(today)).orElse(true))
			.toList();
		if (footDrops.isEmpty() || priorSurgery.isEmpty()) {
			return Optional.empty();
		}
		SurgeryEvidence index = mostRecent(priorSurgery);
		return footDrops.stream()
			.filter(footDrop -> isNewSince(footDrop, index))
			.map(footDrop -> qualify(footDrop, index, today))
			.sorted(Comparator.comparing(Qualified::urgency).thenComparing(qualified -> qualified.footDrop().source()))
			.findFirst()
			.map(first -> new PostOperativeFootDrop(first.footDrop(), index,
					footDrops.stream().filter(footDrop -> isNewSince(footDrop, index)).toList(), priorSurgery,
					first.urgency(), first.daysFromSurgeryToOnset()));
	}

	private static SurgeryEvidence mostRecent(List<SurgeryEvidence> surgeries) {
		return surgeries.stream()
			.filter(surgery -> surgery.performed().isPresent())
			.max(Comparator.comparing(surgery -> surgery.performed().get().latest()))
			.orElse(surgeries.get(0));
	}

	private static boolean isNewSince(FootDropEvidence footDrop, SurgeryEvidence surgery) {
		if (footDrop.recurrence() || surgery.performed().isEmpty()) {
			return true;
		}
		Optional<DateSpan> startedBy = footDrop.onset().or(footDrop::recorded);
		return startedBy.map(date -> !date.entirelyBefore(surgery.performed().get())).orElse(true);
	}

	private static Qualified qualify(FootDropEvidence footDrop, SurgeryEvidence surgery, LocalDate today) {
		if (surgery.performed().isEmpty()) {
			return new Qualified(footDrop, Urgency.URGENT, OptionalLong.empty());
		}
		DateSpan surgeryDate = surgery.performed().get();
		if (footDrop.onset().isPresent() && !footDrop.recurrence()) {
			DateSpan onset = footDrop.onset().get();
			long days = Math.max(0, ChronoUnit.DAYS.between(surgeryDate.latest(), onset.earliest()));
			// Urgency from the shortest possible interval; a day count only when both
			// dates are known to the day.
			OptionalLong exactDays = isOneDay(onset) && isOneDay(surgeryDate) ? OptionalLong.of(days)
					: OptionalLong.empty();
			return new Qualified(footDrop, withinEarlyPostOperativePeriod(days), exactDays);
		}
		long daysSinceSurgery = ChronoUnit.DAYS.between(surgeryDate.earliest(), today);
		return new Qualified(footDrop, withinEarlyPostOperativePeriod(daysSinceSurgery), OptionalLong.empty());
	}

	private static boolean isOneDay(DateSpan date) {
		return date.earliest().equals(date.latest());
	}

	private static Urgency withinEarlyPostOperativePeriod(long days) {
		return days <= Urgency.EARLY_POST_OPERATIVE_DAYS ? Urgency.EMERGENT : Urgency.URGENT;
	}

	private record Qualified(FootDropEvidence footDrop, Urgency urgency, OptionalLong daysFromSurgeryToOnset) {
	}

}

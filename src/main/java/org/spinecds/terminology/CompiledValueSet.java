package org.spinecds.terminology;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A value set ready for membership tests: the union of the parts contributed by its files
 * (built-in file plus any local drop-in extending it). Immutable once built.
 */
final class CompiledValueSet {

	/**
	 * One file's part with its {@code compose.include.valueSet} references already
	 * resolved.
	 */
	record Member(ValueSetPart part, List<CompiledValueSet> included) {

		Member {
			included = List.copyOf(included);
		}

		boolean contains(String system, String code) {
			if (part.excludes(system, code)) {
				return false;
			}
			if (part.listsOrMatches(system, code)) {
				return true;
			}
			for (CompiledValueSet valueSet : included) {
				if (valueSet.contains(system, code)) {
					return true;
				}
			}
			return false;
		}
	}

	private final String url;

	private final String title;

	private final List<Member> members;

	CompiledValueSet(String url, String title, List<Member> members) {
		this.url = url;
		this.title = title;
		this.members = List.copyOf(members);
	}

	String url() {
		return url;
	}

	/** May be null when no file gave a title or name. */
	String title() {
		return title;
	}

	/** {@code code} must already be normalized. */
	boolean contains(String system, String code) {
		// loops, not streams: this runs for every coding of every resource on each call
		for (Member member : members) {
			if (member.contains(system, code)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Every explicitly listed code as "system|code" (filters cannot be listed), in a
	 * stable order.
	 */
	SortedSet<String> listedCodes() {
		SortedSet<String> codes = new TreeSet<>();
		for (Member member : members) {
			member.part()
				.codesBySystem()
				.forEach((system, systemCodes) -> systemCodes.stream()
					.filter(code -> !member.part().excludes(system, code))
					.forEach(code -> codes.add(system + "|" + code)));
			member.included().forEach(included -> codes.addAll(included.listedCodes()));
		}
		return codes;
	}

	int codeCount() {
		return members.stream().mapToInt(m -> m.part().codeCount()).sum();
	}

	int filterCount() {
		return members.stream().mapToInt(m -> m.part().filters().size()).sum();
	}

}

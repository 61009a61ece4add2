package org.spinecds.cards;

import java.util.function.Supplier;

/** Deterministic uuids for tests: 00000000-0000-4000-8000-000000000001, ...0002, ... */
final class SequentialUuids implements Supplier<String> {

	private int next = 1;

	static String uuid(int n) {
		return "00000000-0000-4000-8000-%012d".formatted(n);
	}

	@Override
	public String get() {
		return uuid(next++);
	}

}

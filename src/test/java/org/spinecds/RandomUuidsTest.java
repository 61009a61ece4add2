package org.spinecds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RandomUuidsTest {

	@Test
	void idsAreVersion4UuidsOfTheIetfVariantInCanonicalForm() {
		for (int i = 0; i < 1_000; i++) {
			String id = RandomUuids.next();
			UUID parsed = UUID.fromString(id);
			assertThat(parsed.version()).isEqualTo(4);
			assertThat(parsed.variant()).isEqualTo(2);
			assertThat(parsed.toString()).isEqualTo(id).hasSize(36);
		}
	}

	@Test
	void threadsDrawingAtOnceNeverRepeatAnId() throws Exception {
		Set<String> seen = ConcurrentHashMap.newKeySet();
		Callable<Void> draw = () -> {
			for (int i = 0; i < 5_000; i++) {
				seen.add(RandomUuids.next());
			}
			return null;
		};
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Void>> done = threads.invokeAll(Collections.nCopies(8, draw));
			for (Future<Void> each : done) {
				each.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(seen).hasSize(40_000);
	}

	@Test
	void everyBitOutsideVersionAndVariantVaries() {
		long msbOnes = 0;
		long msbZeros = 0;
		long lsbOnes = 0;
		long lsbZeros = 0;
		for (int i = 0; i < 2_000; i++) {
			UUID id = UUID.fromString(RandomUuids.next());
			msbOnes |= id.getMostSignificantBits();
			msbZeros |= ~id.getMostSignificantBits();
			lsbOnes |= id.getLeastSignificantBits();
			lsbZeros |= ~id.getLeastSignificantBits();
		}
		long versionBits = 0xf000L;
		long variantBits = 0xc000_0000_0000_0000L;
		assertThat(msbOnes & msbZeros).as("bits seen both set and clear").isEqualTo(~versionBits);
		assertThat(lsbOnes & lsbZeros).isEqualTo(~variantBits);
	}

}

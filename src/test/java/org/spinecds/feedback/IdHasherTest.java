package org.spinecds.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdHasherTest {

	@Test
	void oneSaltGivesOneStableHashPerId() {
		IdHasher hasher = IdHasher.withSalt("salt-1");

		assertThat(hasher.hash("pt-1")).hasSize(64)
			.isEqualTo(IdHasher.withSalt("salt-1").hash("pt-1"))
			.isNotEqualTo(hasher.hash("pt-2"));
	}

	@Test
	void theHashIsHmacSha256OfTheIdSoStoredHashesKeepMatching() {
		// python3 -c "import
		// hmac,hashlib;print(hmac.new(b'salt-1',b'pt-1',hashlib.sha256).hexdigest())"
		assertThat(IdHasher.withSalt("salt-1").hash("pt-1"))
			.isEqualTo("15195c5f70313d1f508148a16519550678e57b52cc3684a1bfde6b9ce34e6b37");
	}

	@Test
	void everyThreadAndEveryRepeatGetsTheSameHash() throws Exception {
		IdHasher hasher = IdHasher.withSalt("salt-1");
		String first = hasher.hash("pt-1");
		hasher.hash("pt-2");
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> hashes = threads.invokeAll(Collections.nCopies(16, () -> hasher.hash("pt-1")));
			for (Future<String> hash : hashes) {
				assertThat(hash.get()).isEqualTo(first);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(hasher.hash("pt-1")).isEqualTo(first);
	}

	@Test
	void anotherSaltGivesAnotherHash() {
		assertThat(IdHasher.withSalt("salt-1").hash("pt-1")).isNotEqualTo(IdHasher.withSalt("salt-2").hash("pt-1"));
	}

	@Test
	void withoutASaltEachStartDrawsItsOwn() {
		assertThat(IdHasher.withSalt("").hash("pt-1")).isNotEqualTo(IdHasher.withSalt(null).hash("pt-1"));
	}

	@Test
	void noIdNoHash() {
		assertThat(IdHasher.withSalt("salt-1").hash(null)).isNull();
		assertThat(IdHasher.withSalt("salt-1").hash(" ")).isNull();
	}

}

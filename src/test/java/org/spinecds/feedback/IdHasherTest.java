package org.spinecds.feedback;

import static org.assertj.core.api.Assertions.assertThat;

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

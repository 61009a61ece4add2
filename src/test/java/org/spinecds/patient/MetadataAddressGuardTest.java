package org.spinecds.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class MetadataAddressGuardTest {

	private static MetadataAddressGuard resolvingTo(String... literals) {
		return new MetadataAddressGuard(host -> {
			InetAddress[] addresses = new InetAddress[literals.length];
			for (int i = 0; i < literals.length; i++) {
				addresses[i] = InetAddress.getByName(literals[i]);
			}
			return addresses;
		});
	}

	@Test
	void ordinaryAddressesPass() throws UnknownHostException {
		assertThat(resolvingTo("10.0.0.5", "127.0.0.1").resolve("ehr.example.org")).hasSize(2);
	}

	@Test
	void hostNameResolvingToTheMetadataAddressIsRefused() {
		assertThatThrownBy(() -> resolvingTo("169.254.169.254").resolve("innocent.example.org"))
			.isInstanceOf(MetadataAddressGuard.RefusedAddressException.class)
			.hasMessageContaining("innocent.example.org");
	}

	@Test
	void oneRefusedAddressAmongSeveralRefusesTheHost() {
		assertThatThrownBy(() -> resolvingTo("10.0.0.5", "[fd00:ec2::254]").resolve("ehr.example.org"))
			.isInstanceOf(MetadataAddressGuard.RefusedAddressException.class);
	}

	@Test
	void literalParsingNeverAsksDns() {
		assertThat(MetadataAddresses.literal("ehr.example.org")).isEmpty();
		assertThat(MetadataAddresses.literal("169.254.169.254")).isPresent();
		assertThat(MetadataAddresses.literal("[fd00:ec2::254]")).isPresent();
		assertThat(MetadataAddresses.literal("300.1.1.1")).isEmpty();
	}

}

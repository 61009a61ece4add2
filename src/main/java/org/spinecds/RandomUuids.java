package org.spinecds;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) UUIDs for the ids the service issues: cards, suggestions, audited
 * calls. {@link UUID#randomUUID()} draws from one SecureRandom shared by the whole JVM,
 * which on Linux also reads {@code /dev/urandom} under a global lock: with several ids
 * per hook call it was the most contended lock under load. Here each thread has a DRBG of
 * its own, seeded once; the ids stay unguessable.
 */
public final class RandomUuids {

	private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(RandomUuids::newGenerator);

	private RandomUuids() {
	}

	public static String next() {
		byte[] bytes = new byte[16];
		RANDOM.get().nextBytes(bytes);
		bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
		bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // the IETF variant
		ByteBuffer halves = ByteBuffer.wrap(bytes);
		return new UUID(halves.getLong(0), halves.getLong(8)).toString();
	}

	private static SecureRandom newGenerator() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("No DRBG SecureRandom in this JVM", e);
		}
	}

}

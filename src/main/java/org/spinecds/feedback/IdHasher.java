package org.spinecds.feedback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Salted HMAC-SHA256 of patient and user ids: the store can link calls of one person
 * without holding the id.
 */
final class IdHasher {

	private static final Logger LOG = LoggerFactory.getLogger(IdHasher.class);

	private static final String ALGORITHM = "HmacSHA256";

	// A Mac per thread, keyed once: looking the algorithm up for each id was a
	// measurable part of a hook call. doFinal leaves the Mac ready for the next id.
	private final ThreadLocal<Mac> macs;

	private IdHasher(byte[] salt) {
		SecretKeySpec key = new SecretKeySpec(salt, ALGORITHM);
		this.macs = ThreadLocal.withInitial(() -> keyed(key));
	}

	static IdHasher withSalt(String salt) {
		if (salt != null && !salt.isBlank()) {
			return new IdHasher(salt.getBytes(StandardCharsets.UTF_8));
		}
		LOG.warn("cds.audit.id-hash-salt is not set: patient and user ids are hashed with a random salt drawn at this"
				+ " start, so hashes stored before a restart no longer match (alert-fatigue suppression forgets earlier"
				+ " overrides). Set CDS_AUDIT_ID_HASH_SALT to a long random secret.");
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return new IdHasher(random);
	}

	/** 64 hex characters, or null for a missing id. */
	String hash(String id) {
		if (id == null || id.isBlank()) {
			return null;
		}
		return HexFormat.of().formatHex(macs.get().doFinal(id.getBytes(StandardCharsets.UTF_8)));
	}

	private static Mac keyed(SecretKeySpec key) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
		}
	}

}

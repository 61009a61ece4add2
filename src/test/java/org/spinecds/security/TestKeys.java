package org.spinecds.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Signing keys generated for a test run, and their public JWK Sets as a client would
 * publish them.
 */
public final class TestKeys {

	private TestKeys() {
	}

	public static ECKey es384(String kid) {
		return ec(Curve.P_384, JWSAlgorithm.ES384, kid);
	}

	static ECKey es256(String kid) {
		return ec(Curve.P_256, JWSAlgorithm.ES256, kid);
	}

	static RSAKey rs384(String kid) {
		try {
			return new RSAKeyGenerator(2048).keyID(kid)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS384)
				.generate();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	static String publicJwks(JWK... keys) {
		return new JWKSet(Arrays.stream(keys).map(JWK::toPublicJWK).toList()).toString();
	}

	public static Path writePublicJwks(Path file, JWK... keys) {
		try {
			return Files.writeString(file, publicJwks(keys));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static ECKey ec(Curve curve, JWSAlgorithm algorithm, String kid) {
		try {
			return new ECKeyGenerator(curve).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(algorithm).generate();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

}

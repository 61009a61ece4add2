package org.spinecds.security;

/**
 * The caller of this request, from a verified JWT. Set as a request attribute by the
 * authentication filter; absent when no trusted clients are configured.
 *
 * @param tenant the token's {@code tenant} claim, or null
 */
public record VerifiedCdsClient(String issuer, String jti, String keyId, String tenant) {

	public static final String REQUEST_ATTRIBUTE = "org.spinecds.security.VerifiedCdsClient";

}

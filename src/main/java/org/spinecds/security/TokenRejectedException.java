package org.spinecds.security;

/** Why a JWT was refused: for the log only, never for the client. */
class TokenRejectedException extends Exception {

	TokenRejectedException(String reason) {
		super(reason, null, false, false);
	}
}

package org.spinecds.security;

import org.springframework.core.Ordered;

/**
 * The order of this package's servlet filters. CORS comes first so that refusals (401,
 * 413) still carry the CORS headers a browser needs to show them; all run before Spring's
 * own filters read any body.
 */
final class SecurityFilterOrder {

	static final int CORS = Ordered.HIGHEST_PRECEDENCE + 100;
	static final int BODY_LIMIT = Ordered.HIGHEST_PRECEDENCE + 200;
	static final int CLIENT_AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 300;

	/** Discovery, every service, and every service's feedback endpoint. */
	static final String CDS_SERVICES_URL_PATTERN = "/cds-services/*";

	private SecurityFilterOrder() {
	}

}

package org.spinecds.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spinecds.feedback.AuditProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the {@code prod} profile, refuses to start unless the service is locked down:
 * trusted clients configured, none of them the CDS Hooks sandbox (its private key is
 * public), an https public base URL, explicit CORS origins, and an id-hash salt (every
 * replica must hash patient and user ids alike, or suppression and the audit do not link
 * up).
 */
@Component
@Profile("prod")
class ProductionProfileCheck implements InitializingBean {

	static final String SANDBOX_ISSUER = "https://sandbox.cds-hooks.org";

	private static final String SANDBOX_HOST = "sandbox.cds-hooks.org";

	private final SecurityProperties security;

	private final CorsProperties cors;

	private final AuditProperties audit;

	ProductionProfileCheck(SecurityProperties security, CorsProperties cors, AuditProperties audit) {
		this.security = security;
		this.cors = cors;
		this.audit = audit;
	}

	@Override
	public void afterPropertiesSet() {
		List<String> problems = problems();
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Refusing to start with the prod profile:\n - "
					+ String.join("\n - ", problems) + "\nSee docs/security.md, \"Production profile\".");
		}
	}

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (security.trustedClients().isEmpty()) {
			problems.add("no trusted CDS clients: set cds.security.trusted-clients[0].issuer and"
					+ " cds.security.trusted-clients[0].jwks-uri (or .jku-allowlist)");
		}
		for (TrustedClient client : security.trustedClients()) {
			if (isSandbox(client)) {
				problems.add("trusted client '" + client.issuer() + "' is the CDS Hooks sandbox or uses its keys, whose"
						+ " private key is public: anyone could sign its tokens. Do not combine the sandbox profile with prod");
			}
		}
		if (security.publicBaseUrl() == null
				|| !security.publicBaseUrl().toLowerCase(Locale.ROOT).startsWith("https://")) {
			problems.add("cds.security.public-base-url must be the https URL clients call this service at, e.g."
					+ " https://cds.example.org");
		}
		if (cors.allowedOrigins().isEmpty() || cors.allowsAnyOrigin()) {
			problems.add("cds.cors.allowed-origins must list the browser origins allowed to call this service, e.g."
					+ " https://ehr.example.org (not *)");
		}
		if (audit.idHashSalt() == null || audit.idHashSalt().isBlank()) {
			problems.add("cds.audit.id-hash-salt must be set, the same secret on every replica: with a random salt per"
					+ " start, overrides made through one replica (or before a restart) do not suppress cards on another");
		}
		return problems;
	}

	private static boolean isSandbox(TrustedClient client) {
		return client.issuer().replaceAll("/+$", "").equalsIgnoreCase(SANDBOX_ISSUER)
				// The only JWK Set shipped inside the jar is the sandbox's.
				|| (client.jwksUri() != null && ("classpath".equalsIgnoreCase(client.jwksLocation().getScheme())
						|| isSandboxHost(client.jwksLocation())))
				|| client.jkuAllowlist().stream().anyMatch(ProductionProfileCheck::isSandboxHost);
	}

	private static boolean isSandboxHost(URI uri) {
		return uri.getHost() != null && uri.getHost().toLowerCase(Locale.ROOT).endsWith(SANDBOX_HOST);
	}

}

package org.spinecds.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.spinecds.security.TokenRejectedException.Reason;

/**
 * Lets a request to the CDS endpoints through only with
 * {@code Authorization: Bearer <JWT>} from a trusted client. A refusal is a bare 401 (CDS
 * Hooks best practice: do not tell the caller why); the reason goes to the log and to the
 * metric {@code cds.client.rejected} (tag {@code reason}).
 */
class CdsClientAuthenticationFilter extends OncePerRequestFilter {

	private static final Logger LOG = LoggerFactory.getLogger(CdsClientAuthenticationFilter.class);

	private static final String BEARER = "Bearer ";

	private final CdsClientTokenVerifier verifier;

	private final String publicBaseUrl;

	private final OperationOutcomeResponse outcome;

	private final MeterRegistry metrics;

	CdsClientAuthenticationFilter(CdsClientTokenVerifier verifier, String publicBaseUrl,
			OperationOutcomeResponse outcome, MeterRegistry metrics) {
		this.verifier = verifier;
		this.publicBaseUrl = publicBaseUrl;
		this.outcome = outcome;
		this.metrics = metrics;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// An OPTIONS answer carries no data; CORS preflights in particular never have
		// credentials.
		if (HttpMethod.OPTIONS.matches(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		// The URL the client called, as it saw it: behind a proxy the host and scheme
		// here would be the proxy's.
		String calledUrl = publicBaseUrl + request.getRequestURI();
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		try {
			if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
				throw new TokenRejectedException(Reason.MISSING, "no Authorization: Bearer header");
			}
			VerifiedCdsClient client = verifier.verify(authorization.substring(BEARER.length()).trim(), calledUrl);
			request.setAttribute(VerifiedCdsClient.REQUEST_ATTRIBUTE, client);
		}
		catch (TokenRejectedException e) {
			LOG.warn("Refused {} {}: {}", request.getMethod(), LogSafe.value(request.getRequestURI()), e.getMessage());
			Counter.builder("cds.client.rejected")
				.description("CDS client requests refused with 401, by reason")
				.tag("reason", e.reason().tag())
				.register(metrics)
				.increment();
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			outcome.send(response, HttpServletResponse.SC_UNAUTHORIZED, IssueType.LOGIN, "Unauthorized");
			return;
		}
		chain.doFilter(request, response);
	}

}

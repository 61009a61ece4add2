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
import org.spinecds.ErrorOutcomes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.spinecds.security.TokenRejectedException.Reason;

/**
 * Lets a request to the CDS endpoints through only with
 * {@code Authorization: Bearer <JWT>} from a trusted client. A refusal is a bare 401 (CDS
 * Hooks best practice: do not tell the caller why); the reason goes to the log and to the
 * metric {@code cds.client.rejected} (tag {@code reason}). When replay protection cannot
 * decide (its store unreachable, {@code cds.security.replay.on-store-failure=refuse}) the
 * answer is 503 with {@code Retry-After}: the token is not bad, the caller should retry.
 */
class CdsClientAuthenticationFilter extends OncePerRequestFilter {

	private static final Logger LOG = LoggerFactory.getLogger(CdsClientAuthenticationFilter.class);

	private static final String BEARER = "Bearer ";

	/** The {@code cds.client.rejected} reason of a 503: not one of the token's faults. */
	static final String REPLAY_STORE_UNAVAILABLE = "replay_store_unavailable";

	private final CdsClientTokenVerifier verifier;

	private final String publicBaseUrl;

	private final ErrorOutcomes errors;

	private final MeterRegistry metrics;

	CdsClientAuthenticationFilter(CdsClientTokenVerifier verifier, String publicBaseUrl, ErrorOutcomes errors,
			MeterRegistry metrics) {
		this.verifier = verifier;
		this.publicBaseUrl = publicBaseUrl;
		this.errors = errors;
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
			countRejected(e.reason().tag());
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, IssueType.LOGIN, "Unauthorized");
			return;
		}
		catch (ReplayStoreUnavailableException e) {
			// The outage itself is logged once, when it starts; not once per call.
			LOG.debug("Refused {} {} with 503: {}", request.getMethod(), LogSafe.value(request.getRequestURI()),
					e.getMessage());
			countRejected(REPLAY_STORE_UNAVAILABLE);
			long retryAfter = Math.max(1, e.retryAfter().plusNanos(999_999_999).toSeconds());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
			errors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, IssueType.TRANSIENT,
					"Replay protection is unavailable for a moment (its store cannot be reached): retry after "
							+ retryAfter + " s.");
			return;
		}
		chain.doFilter(request, response);
	}

	private void countRejected(String reason) {
		Counter.builder("cds.client.rejected")
			.description("CDS client requests refused, by reason: 401, or 503 for " + REPLAY_STORE_UNAVAILABLE)
			.tag("reason", reason)
			.register(metrics)
			.increment();
	}

}

package org.spinecds.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.spinecds.ErrorOutcomes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413: at once when Content-Length says so,
 * and for a chunked body as soon as reading passes the limit (the JSON reader then fails,
 * and the error handler answers 413).
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final ErrorOutcomes errors;

	RequestBodyLimitFilter(long maxBytes, ErrorOutcomes errors) {
		this.maxBytes = maxBytes;
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			errors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, IssueType.TOOLONG,
					RequestBodyTooLargeException.message(maxBytes));
			return;
		}
		chain.doFilter(new SizeLimitedRequest(request, maxBytes), response);
	}

}

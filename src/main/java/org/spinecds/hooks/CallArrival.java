package org.spinecds.hooks;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes when a CDS call arrived, in the first servlet filter: before CORS, the body limit
 * and JWT verification, so that cds.fhir.deadline and the hook's duration count the whole
 * call, not only what follows the controller.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CallArrival extends OncePerRequestFilter {

	private static final String ATTRIBUTE = CallArrival.class.getName() + ".nanos";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/cds-services");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.setAttribute(ATTRIBUTE, System.nanoTime());
		chain.doFilter(request, response);
	}

	/**
	 * When the current call arrived ({@link System#nanoTime()}); now when there is no
	 * HTTP request (the warm-up calls the services directly).
	 */
	static long nanos() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object arrived = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		return arrived instanceof Long nanos ? nanos : System.nanoTime();
	}

}

package vn.hoagiai.shared.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.hoagiai.shared.RequestContext;

/**
 * Gives every request a correlation id (taken from {@code X-Correlation-Id} when a proxy
 * sent a sane one) and puts it and the client address where logs, the audit trail and the
 * error page find them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Correlation-Id";

	static final String ATTRIBUTE = "correlationId";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(HEADER);
		String id = (incoming != null && SANE.matcher(incoming).matches()) ? incoming
				: UUID.randomUUID().toString().substring(0, 13);
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader(HEADER, id);
		MDC.put(RequestContext.CORRELATION_ID, id);
		MDC.put(RequestContext.CLIENT_ADDRESS, request.getRemoteAddr());
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(RequestContext.CORRELATION_ID);
			MDC.remove(RequestContext.CLIENT_ADDRESS);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}

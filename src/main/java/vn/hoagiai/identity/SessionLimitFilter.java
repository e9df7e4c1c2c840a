package vn.hoagiai.identity;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after it began, however active it has been (the idle limit
 * is the session store's own timeout).
 */
class SessionLimitFilter extends OncePerRequestFilter {

	private final IdentityProperties properties;

	private final Clock clock;

	SessionLimitFilter(IdentityProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && this.clock.millis()
				- session.getCreationTime() > this.properties.absoluteSessionTimeout().toMillis()) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		chain.doFilter(request, response);
	}

}

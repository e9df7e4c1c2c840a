package vn.hoagiai.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What follows a successful password change in the browser session: the principal no
 * longer carries the "must change" flag (so {@code PasswordChangeFilter} lets the user
 * through), the session gets a new id, and the user's other sessions end.
 */
@Component
public class PasswordChangeSession {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final UserSessions sessions;

	PasswordChangeSession(UserSessions sessions) {
		this.sessions = sessions;
	}

	public void passwordChanged(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !(current.getPrincipal() instanceof SignedInUser user)) {
			return;
		}
		SignedInUser changed = user.passwordChanged();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(changed,
				null, changed.getAuthorities());
		authentication.setDetails(current.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		// Other sessions end before the id changes: the store still knows this one by
		// its old id until the request completes.
		this.sessions.endMyOthers(request.getSession().getId());
		request.changeSessionId();
		this.contexts.saveContext(context, request, response);
	}

}

package vn.hoagiai.identity;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditAction;
import vn.hoagiai.audit.AuditTrail;

/**
 * After a sign-in: remember when, restore the user's language, audit it, and send a user
 * with a temporary password to change it. After a failure: one message for every cause.
 */
@Component
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final UserAccountRepository users;

	private final AuditTrail audit;

	private final UserLocaleResolver locales;

	SignInHandlers(UserAccountRepository users, AuditTrail audit, UserLocaleResolver locales) {
		this.users = users;
		this.audit = audit;
		this.locales = locales;
		setDefaultTargetUrl("/");
	}

	@Override
	@Transactional
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		SignedInUser user = (SignedInUser) authentication.getPrincipal();
		this.users.recordSignIn(user.viewer().userId(), Instant.now());
		this.users.findById(user.viewer().userId())
			.ifPresent(
					(account) -> this.locales.remember(request, response, Locale.forLanguageTag(account.getLocale())));
		this.audit.signIn(AuditAction.LOGIN, user.getUsername(), user.viewer().unitId(), null);
		if (user.mustChangePassword()) {
			getRedirectStrategy().sendRedirect(request, response, PasswordChangeFilter.PAGE);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		getRedirectStrategy().sendRedirect(request, response, "/login?error");
	}

}

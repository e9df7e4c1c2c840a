package vn.hoagiai.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import vn.hoagiai.audit.AuditAction;
import vn.hoagiai.audit.AuditTrail;

/**
 * Wraps the password check with the lockout: a locked account or throttled address fails
 * with the same message as a wrong password, so the answer never tells whether an account
 * exists.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	private final Clock clock;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, AuditTrail audit,
			Clock clock) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
		String address = clientAddress(authentication);
		Instant now = this.clock.instant();
		if (this.throttle.isBlocked(username, address, now)) {
			this.audit.signIn(AuditAction.LOGIN_FAILED, username, null, "locked");
			throw new BadCredentialsException("locked");
		}
		try {
			Authentication result = this.passwords.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(username, authentication.getCredentials()));
			this.throttle.record(username, address, true, now);
			return result;
		}
		catch (AuthenticationException ex) {
			this.throttle.record(username, address, false, now);
			this.audit.signIn(AuditAction.LOGIN_FAILED, username, null, null);
			throw new BadCredentialsException("bad credentials", ex);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String clientAddress(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

}

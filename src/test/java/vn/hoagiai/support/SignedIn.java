package vn.hoagiai.support;

import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;
import vn.hoagiai.shared.ViewerAware;

/**
 * Puts a viewer in the security context for tests that call services directly.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static void as(String username, long unitId, Role... roles) {
		asUser(1L, username, unitId, roles);
	}

	/**
	 * As {@link #as}, for the account with the given id (for what is recorded per user).
	 */
	public static void asUser(long userId, String username, long unitId, Role... roles) {
		Viewer viewer = new Viewer(userId, username, UnitId.of(unitId), Set.of(roles));
		ViewerAware principal = () -> viewer;
		var authorities = viewer.roles().stream().map((r) -> new SimpleGrantedAuthority(r.authority())).toList();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
	}

	public static void clear() {
		SecurityContextHolder.clearContext();
	}

}

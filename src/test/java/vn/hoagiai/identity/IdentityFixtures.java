package vn.hoagiai.identity;

import java.util.Set;

import org.springframework.security.core.userdetails.UserDetails;

import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

/**
 * Signed-in principals for web tests, built the way sign-in builds them.
 */
public final class IdentityFixtures {

	private IdentityFixtures() {
	}

	public static UserDetails provinceAdmin() {
		return signedIn(1, "admin", 1, false, Role.ADMIN);
	}

	public static UserDetails ducXuanOfficer() {
		return signedIn(3, "tuphap.ducxuan", 2, false, Role.COMMUNE_OFFICER);
	}

	public static UserDetails officerWithTemporaryPassword() {
		return signedIn(7, "binh.le", 2, true, Role.COMMUNE_OFFICER);
	}

	public static UserDetails signedIn(long userId, String username, long unitId, boolean mustChangePassword,
			Role... roles) {
		SignedInUser user = new SignedInUser(new Viewer(userId, username, UnitId.of(unitId), Set.of(roles)), username,
				null, true, mustChangePassword);
		return user;
	}

}

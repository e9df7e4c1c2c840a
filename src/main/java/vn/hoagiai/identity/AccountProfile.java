package vn.hoagiai.identity;

import java.time.LocalDateTime;
import java.util.Set;

import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;

/**
 * The signed-in user's own account as they may see it.
 *
 * @param unitName the unit's name today, or null if the unit is unknown
 * @param lastLoginAt local time (Vietnam) of the latest sign-in
 */
public record AccountProfile(long userId, String username, String displayName, UnitId unitId, String unitName,
		Set<Role> roles, String locale, boolean mustChangePassword, LocalDateTime lastLoginAt) {

	public AccountProfile {
		roles = Set.copyOf(roles);
	}

}

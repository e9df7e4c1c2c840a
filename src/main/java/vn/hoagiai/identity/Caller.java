package vn.hoagiai.identity;

import java.util.Set;

import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;

/**
 * Who is calling: the unit and roles their session or token carries, which is what every
 * scope and role check of the request uses, with the display name and unit name as they
 * are now.
 *
 * @param unitName the unit's name today, or null if the unit is unknown
 */
public record Caller(String username, String displayName, Set<Role> roles, UnitId unitId, String unitName) {

	public Caller {
		roles = Set.copyOf(roles);
	}

}

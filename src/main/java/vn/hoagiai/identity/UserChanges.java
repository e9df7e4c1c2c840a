package vn.hoagiai.identity;

import java.util.Set;

import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;

/**
 * An administrator's edit of an account, made against the version they loaded.
 */
public record UserChanges(long version, String displayName, UnitId unitId, Set<Role> roles) {

	public UserChanges {
		roles = (roles != null) ? Set.copyOf(roles) : Set.of();
	}

}

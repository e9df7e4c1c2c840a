package vn.hoagiai.identity;

import java.util.Set;

import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;

/**
 * An account to create; its first password is generated.
 */
public record NewUser(String username, String displayName, UnitId unitId, Set<Role> roles) {

	public NewUser {
		roles = (roles != null) ? Set.copyOf(roles) : Set.of();
	}

}

package vn.hoagiai.identity;

import java.time.LocalDateTime;
import java.util.Set;

import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;

/**
 * A user as the administrators' list and user page show them.
 *
 * @param version for the optimistic check of an edit
 * @param lastLoginAt local time (Vietnam) of the latest sign-in, or null
 * @param deactivatedAt local time of the deactivation, or null while active
 */
public record UserSummary(long id, String username, String displayName, UnitId unitId, String unitName, Set<Role> roles,
		boolean active, boolean mustChangePassword, LocalDateTime lastLoginAt, LocalDateTime deactivatedAt,
		String deactivationReason, long version) {

	public UserSummary {
		roles = Set.copyOf(roles);
	}

}

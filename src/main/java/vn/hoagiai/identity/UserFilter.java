package vn.hoagiai.identity;

import vn.hoagiai.shared.Role;

/**
 * Criteria of the administrators' user list; null means any.
 *
 * @param text part of the username or display name
 */
public record UserFilter(String text, Long unitId, Role role, Boolean active) {

	public static UserFilter any() {
		return new UserFilter(null, null, null, null);
	}

}

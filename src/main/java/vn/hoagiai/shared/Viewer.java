package vn.hoagiai.shared;

import java.util.Set;

/**
 * The signed-in person as every module sees them: who, which unit they are scoped to, and
 * their roles.
 */
public record Viewer(long userId, String username, UnitId unitId, Set<Role> roles) {

	public Viewer {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean has(String role) {
		return this.roles.stream().anyMatch((r) -> r.name().equals(role));
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

}

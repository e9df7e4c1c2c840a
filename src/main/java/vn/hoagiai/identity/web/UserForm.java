package vn.hoagiai.identity.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.hoagiai.identity.NewUser;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;

/**
 * A new account as an administrator enters it.
 */
record UserForm(
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "[a-z0-9._-]{3,60}",
				message = "{identity.user.error.username}") String username,
		@NotBlank(message = "{validation.required}") @Size(max = 120,
				message = "{identity.user.error.displayName}") String displayName,
		@NotNull(message = "{validation.required}") Long unitId,
		@NotEmpty(message = "{identity.error.noRole}") Set<Role> roles) {

	static UserForm empty() {
		return new UserForm(null, null, null, Set.of());
	}

	NewUser toCommand() {
		return new NewUser(this.username, this.displayName, UnitId.of(this.unitId), this.roles);
	}

}

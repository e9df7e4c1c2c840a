package vn.hoagiai.identity.web;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.hoagiai.identity.UserChanges;
import vn.hoagiai.identity.UserSummary;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;

/**
 * An administrator's edit of an account, with the version it was loaded at.
 */
record EditUserForm(@NotNull Long version,
		@NotBlank(message = "{validation.required}") @Size(max = 120,
				message = "{identity.user.error.displayName}") String displayName,
		@NotNull(message = "{validation.required}") Long unitId,
		@NotEmpty(message = "{identity.error.noRole}") Set<Role> roles) {

	static EditUserForm of(UserSummary user) {
		return new EditUserForm(user.version(), user.displayName(), user.unitId().value(), user.roles());
	}

	UserChanges toCommand() {
		return new UserChanges(this.version, this.displayName, UnitId.of(this.unitId), this.roles);
	}

}

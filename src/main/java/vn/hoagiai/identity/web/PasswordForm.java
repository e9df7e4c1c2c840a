package vn.hoagiai.identity.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A password change; never echoed back to the page.
 */
record PasswordForm(@NotEmpty(message = "{validation.required}") @Size(max = 1000) String currentPassword,
		@NotEmpty(message = "{validation.required}") @Size(max = 1000,
				message = "{identity.password.error.tooLong}") String newPassword,
		@NotEmpty(message = "{validation.required}") @Size(max = 1000) String confirmation) {

	static PasswordForm empty() {
		return new PasswordForm(null, null, null);
	}

	boolean confirmed() {
		return this.newPassword != null && this.newPassword.equals(this.confirmation);
	}

}

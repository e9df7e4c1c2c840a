package vn.hoagiai.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why an account stops: required, kept with the account and in the audit trail.
 */
record DeactivateForm(@NotBlank(message = "{identity.user.error.reason}") @Size(max = 500,
		message = "{identity.user.error.reason}") String reason) {

	static DeactivateForm empty() {
		return new DeactivateForm(null);
	}

}

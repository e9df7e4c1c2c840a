package vn.hoagiai.organization.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.hoagiai.organization.AgencyKind;
import vn.hoagiai.organization.NewAgencyCommand;

/**
 * An agency an administrator adds to a unit.
 */
record NewAgencyForm(AgencyKind kind,
		@NotBlank(message = "{org.error.agencyNameRequired}") @Size(max = 200,
				message = "{org.validation.nameLength}") String name,
		@NotBlank(message = "{org.error.dateRequired}") String validFrom) {

	static NewAgencyForm empty() {
		return new NewAgencyForm(null, null, null);
	}

	NewAgencyCommand toCommand(long unitId, LocalDate from) {
		return new NewAgencyCommand(unitId, this.kind, this.name, from);
	}

}

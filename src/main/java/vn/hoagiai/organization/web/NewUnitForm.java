package vn.hoagiai.organization.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.hoagiai.organization.NewUnitCommand;
import vn.hoagiai.organization.UnitFlags;
import vn.hoagiai.organization.UnitType;

/**
 * A unit entered by an administrator outside any reorganisation.
 */
record NewUnitForm(UnitType type,
		@NotBlank(message = "{org.error.nameRequired}") @Size(max = 200,
				message = "{org.validation.nameLength}") String name,
		@Size(max = 20, message = "{org.validation.code}") String code, Long parentId,
		@NotBlank(message = "{org.error.dateRequired}") String validFrom,
		@Pattern(regexp = "\\s*\\d{0,6}\\s*", message = "{org.validation.households}") String households) {

	static NewUnitForm empty() {
		return new NewUnitForm(null, null, null, null, null, null);
	}

	NewUnitCommand toCommand(LocalDate from) {
		String count = (this.households != null) ? this.households.strip() : "";
		return new NewUnitCommand(this.type, this.name, this.code, this.parentId, from, UnitFlags.none(),
				count.isEmpty() ? null : Integer.valueOf(count));
	}

}

package vn.hoagiai.organization.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.hoagiai.organization.UnitFlags;
import vn.hoagiai.organization.UnitUpdate;
import vn.hoagiai.organization.UnitView;

/**
 * The administrator's correction of a unit, with the version the page showed.
 */
record UnitEditForm(@Size(max = 20, message = "{org.validation.code}") String code, Boolean ethnicMinorityArea,
		Boolean difficultArea, Boolean advancedNewRural, Boolean pilot,
		@Pattern(regexp = "\\s*\\d{0,6}\\s*", message = "{org.validation.households}") String households,
		long version) {

	static UnitEditForm of(UnitView unit, long version) {
		return new UnitEditForm(unit.code(), unit.flags().ethnicMinorityArea(), unit.flags().difficultArea(),
				unit.flags().advancedNewRural(), unit.flags().pilot(),
				(unit.households() != null) ? unit.households().toString() : "", version);
	}

	UnitUpdate toUpdate() {
		String count = (this.households != null) ? this.households.strip() : "";
		return new UnitUpdate(this.code, new UnitFlags(on(this.ethnicMinorityArea), on(this.difficultArea),
				on(this.advancedNewRural), on(this.pilot)), count.isEmpty() ? null : Integer.valueOf(count));
	}

	/** The four flags by name, in display order. */
	public Map<String, Boolean> flagValues() {
		Map<String, Boolean> flags = new LinkedHashMap<>();
		flags.put("ethnicMinorityArea", on(this.ethnicMinorityArea));
		flags.put("difficultArea", on(this.difficultArea));
		flags.put("advancedNewRural", on(this.advancedNewRural));
		flags.put("pilot", on(this.pilot));
		return flags;
	}

	private static boolean on(Boolean flag) {
		return Boolean.TRUE.equals(flag);
	}

}

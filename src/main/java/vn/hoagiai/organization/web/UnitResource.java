package vn.hoagiai.organization.web;

import java.time.LocalDate;

import vn.hoagiai.organization.UnitType;
import vn.hoagiai.organization.UnitView;

/**
 * A unit as the API shows it, with its name and parent as of the requested date.
 */
record UnitResource(long id, String code, String name, UnitType type, Long parentId, LocalDate validFrom,
		LocalDate validTo, boolean ethnicMinorityArea, boolean difficultArea, boolean advancedNewRural, boolean pilot,
		Integer households) {

	static UnitResource of(UnitView unit) {
		return new UnitResource(unit.id().value(), unit.code(), unit.name(), unit.type(),
				(unit.parentId() != null) ? unit.parentId().value() : null, unit.validFrom(), unit.validTo(),
				unit.flags().ethnicMinorityArea(), unit.flags().difficultArea(), unit.flags().advancedNewRural(),
				unit.flags().pilot(), unit.households());
	}

}

package vn.hoagiai.organization;

import java.time.LocalDate;

import vn.hoagiai.shared.UnitId;

/**
 * A unit as seen on a date: its name and parent as of that date.
 *
 * @param validTo first day on which the unit no longer exists, or null while it does
 */
public record UnitView(UnitId id, String code, String name, UnitType type, UnitId parentId, LocalDate validFrom,
		LocalDate validTo, UnitFlags flags, Integer households) {

	public boolean isValidOn(LocalDate date) {
		return !this.validFrom.isAfter(date) && (this.validTo == null || this.validTo.isAfter(date));
	}

}

package vn.hoagiai.organization;

import java.time.LocalDate;

import vn.hoagiai.shared.UnitId;

/**
 * An agency, the unit it belongs to and the agency that took over from it, if any.
 */
public record AgencyView(long id, UnitId unitId, AgencyKind kind, String name, LocalDate validFrom, LocalDate validTo,
		Long successorId) {

}

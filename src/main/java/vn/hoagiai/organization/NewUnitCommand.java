package vn.hoagiai.organization;

import java.time.LocalDate;

/**
 * A unit to create outside any reorganisation (initial data entry).
 *
 * @param parentId the parent from {@code validFrom}; null for a province
 */
public record NewUnitCommand(UnitType type, String name, String code, Long parentId, LocalDate validFrom,
		UnitFlags flags, Integer households) {

}

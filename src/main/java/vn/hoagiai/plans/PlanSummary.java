package vn.hoagiai.plans;

import java.time.LocalDate;

import vn.hoagiai.shared.UnitId;

/**
 * A plan in a list: unit (null for the national programme), number, date, title, period.
 */
public record PlanSummary(long id, UnitId unitId, String unitName, String numberSymbol, LocalDate issuedOn,
		String issuingBody, String title, int fromYear, int toYear, PlanStatus status, Long parentId) {

}

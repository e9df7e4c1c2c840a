package vn.hoagiai.cases;

import java.time.LocalDate;

import vn.hoagiai.shared.UnitId;

/**
 * Filters for the case list; every one may be null. {@code q} matches party names without
 * accents.
 */
public record CaseFilter(UnitId unit, Long teamId, CaseStatus status, String fieldCode, LocalDate from, LocalDate to,
		String q) {

}

package vn.hoagiai.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A training event in a list or on the calendar, with how many people attended.
 */
public record EventRow(long id, String title, EventKind kind, LocalDate startDate, LocalDate endDate, BigDecimal hours,
		String place, boolean online, long organiserUnitId, String organiserUnitName, long attended,
		boolean withdrawn) {

}

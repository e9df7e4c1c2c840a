package vn.hoagiai.indicators;

import java.time.LocalDate;

/**
 * A reporting period: a year, a half-year, or any date range; both ends inclusive.
 *
 * @param code {@code 2025}, {@code 2025-H1}, {@code 2025-H2} or
 * {@code 2025-01-01..2025-03-31}
 * @param year the year whose targets apply (the year of the last day for a range)
 */
public record Period(Kind kind, String code, int year, LocalDate from, LocalDate to) {

	public enum Kind {

		YEAR, FIRST_HALF, SECOND_HALF, RANGE

	}

	/** The state-of figures are read on the last day, or today if the period runs on. */
	public LocalDate asOf(LocalDate today) {
		return this.to.isAfter(today) ? today : this.to;
	}

	/** The message key that names the period's kind. */
	public String labelKey() {
		return "indicators.period." + this.kind.name();
	}

}

package vn.hoagiai.cases.fees;

import java.time.LocalDate;

import vn.hoagiai.shared.UnitId;

/**
 * Which fees to list: cases closed in a period, in a unit and below it, in a state.
 */
public record FeeFilter(UnitId unit, LocalDate from, LocalDate to, State state) {

	/** Where a fee stands. */
	public enum State {

		TO_PAY, PAID, NOT_ELIGIBLE, ALL

	}

}

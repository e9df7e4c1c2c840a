package vn.hoagiai.cases.fees;

import java.util.List;

/**
 * The fees of a period and unit with the totals: to pay, paid, and not eligible. The rows
 * are capped for the page ({@code truncated}); the totals cover every fee.
 */
public record FeeList(List<FeeRow> rows, boolean truncated, Totals totals) {

	public FeeList {
		rows = List.copyOf(rows);
	}

	/** Counts and sums in VND. */
	public record Totals(long toPayCount, long toPayAmount, long paidCount, long paidAmount, long notEligibleCount) {

	}

}

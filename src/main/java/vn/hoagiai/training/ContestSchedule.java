package vn.hoagiai.training;

import java.util.Comparator;
import java.util.List;

/**
 * The plan's rule that each unit organises or takes part in a good-mediator contest at
 * least once every {@code interval} years (task 7.2: "tối thiểu 05 năm 01 lần"). After a
 * contest in year Y the next is due by Y + interval; a unit with none yet is counted from
 * the year before the plan began, so its first is due within the plan's first
 * {@code interval} years. Past that year it is overdue.
 */
final class ContestSchedule {

	private ContestSchedule() {
	}

	/** Where a unit stands. */
	enum Status {

		ON_TRACK, DUE_THIS_YEAR, OVERDUE

	}

	/**
	 * A unit's last contest year (null when none), the year the next is due by, and the
	 * status in the current year.
	 */
	record Due(Integer lastYear, int dueBy, Status status) {
	}

	static Due of(Integer lastYear, int planStartYear, int interval, int currentYear) {
		if (interval < 1) {
			throw new IllegalArgumentException("interval must be at least 1 year");
		}
		int base = (lastYear != null) ? lastYear : planStartYear - 1;
		int dueBy = base + interval;
		Status status = (currentYear > dueBy) ? Status.OVERDUE
				: (currentYear == dueBy) ? Status.DUE_THIS_YEAR : Status.ON_TRACK;
		return new Due(lastYear, dueBy, status);
	}

	/** Overdue first, then by the year due, then by name. */
	static final Comparator<ContestDue> ORDER = Comparator.comparing((ContestDue d) -> !d.overdue())
		.thenComparing(ContestDue::dueBy)
		.thenComparing(ContestDue::unitName);

	static List<ContestDue> sorted(List<ContestDue> rows) {
		return rows.stream().sorted(ORDER).toList();
	}

}

package vn.hoagiai.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Art. 20: mediation starts within 3 days of the assignment, unless it must start at once
 * or the parties agreed on another time. A start (or, while none is recorded, today)
 * after that day is late.
 */
public final class StartDeadline {

	static final int DAYS = 3;

	private StartDeadline() {
	}

	/** Whether the start is late and by how many days; the reason is a message key. */
	public record Result(boolean late, long daysLate, String reason) {

		static final Result ON_TIME = new Result(false, 0, null);

	}

	public static Result check(LocalDate assignedOn, boolean immediateOrAgreedOtherwise, LocalDate startedOn,
			LocalDate today) {
		if (assignedOn == null || immediateOrAgreedOtherwise) {
			return Result.ON_TIME;
		}
		LocalDate deadline = assignedOn.plusDays(DAYS);
		LocalDate measured = (startedOn != null) ? startedOn : today;
		long late = ChronoUnit.DAYS.between(deadline, measured);
		if (late <= 0) {
			return Result.ON_TIME;
		}
		return new Result(true, late, (startedOn != null) ? "case.start.late" : "case.start.overdue");
	}

}

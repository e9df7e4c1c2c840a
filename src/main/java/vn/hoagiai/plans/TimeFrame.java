package vn.hoagiai.plans;

/**
 * When a task is carried out. {@code from}/{@code to} for a year range, {@code every} for
 * "at least once every N years", {@code phase} for a phase number of the plan.
 */
public record TimeFrame(TimeFrameKind kind, Integer from, Integer to, Integer every, Integer phase) {

	public static TimeFrame years(int from, int to) {
		return new TimeFrame(TimeFrameKind.YEAR_RANGE, from, to, null, null);
	}

	public static TimeFrame everyYear() {
		return new TimeFrame(TimeFrameKind.EVERY_YEAR, null, null, null, null);
	}

	public static TimeFrame atLeastEvery(int years) {
		return new TimeFrame(TimeFrameKind.EVERY_N_YEARS, null, null, years, null);
	}

	public static TimeFrame phase(int number) {
		return new TimeFrame(TimeFrameKind.PHASE, null, null, null, number);
	}

}

package vn.hoagiai.plans;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import vn.hoagiai.shared.FieldProblem;

/**
 * The plan's time frames as rules: in which years a task has a yearly record, in which of
 * those it is due, and what its status is on a given day. "At least once every N years"
 * is due N years after the last time it was done (the plan's first year counting as year
 * one), so a task done early moves its next deadline.
 */
public final class TaskSchedule {

	private TaskSchedule() {
	}

	/** The years of the plan in which the task has a yearly record. */
	public static List<Integer> instanceYears(TimeFrame frame, int planFrom, int planTo, List<PlanPhase> phases) {
		int from = planFrom;
		int to = planTo;
		if (frame.kind() == TimeFrameKind.YEAR_RANGE) {
			from = Math.max(frame.from(), planFrom);
			to = Math.min(frame.to(), planTo);
		}
		else if (frame.kind() == TimeFrameKind.PHASE) {
			PlanPhase phase = phases.stream().filter((p) -> p.number() == frame.phase()).findFirst().orElse(null);
			if (phase == null) {
				return List.of();
			}
			from = Math.max(phase.fromYear(), planFrom);
			to = Math.min(phase.toYear(), planTo);
		}
		List<Integer> years = new ArrayList<>();
		for (int year = from; year <= to; year++) {
			years.add(year);
		}
		return years;
	}

	/**
	 * The years among {@code years} in which the task must be done, given the years it
	 * was done in.
	 */
	public static Set<Integer> dueYears(TimeFrame frame, List<Integer> years, Set<Integer> doneYears) {
		if (frame.kind() != TimeFrameKind.EVERY_N_YEARS || years.isEmpty()) {
			return new TreeSet<>(years);
		}
		int first = years.get(0);
		int last = years.get(years.size() - 1);
		Set<Integer> due = new TreeSet<>();
		int cursor = first - 1;
		while (cursor + frame.every() <= last) {
			int deadline = cursor + frame.every();
			int done = cursor;
			for (int year = cursor + 1; year <= deadline; year++) {
				if (doneYears.contains(year)) {
					done = year;
				}
			}
			if (done > cursor) {
				cursor = done;
			}
			else {
				due.add(deadline);
				cursor = deadline;
			}
		}
		return due;
	}

	/**
	 * The status shown for a year: what was recorded, except that a due year not done
	 * after its due date is overdue and a year in which nothing is due and nothing was
	 * done is "not due".
	 */
	public static YearStatus status(YearStatus recorded, boolean due, LocalDate dueOn, LocalDate today) {
		if (recorded == YearStatus.DONE) {
			return YearStatus.DONE;
		}
		if (!due) {
			return (recorded == YearStatus.IN_PROGRESS) ? YearStatus.IN_PROGRESS : YearStatus.NOT_DUE;
		}
		if (dueOn != null && today.isAfter(dueOn)) {
			return YearStatus.OVERDUE;
		}
		return recorded;
	}

	/** The day a year's work is due: the task's due day that year, else 31 December. */
	public static LocalDate dueOn(int year, MonthDay dueDay) {
		return (dueDay != null) ? dueDay.atYear(year) : LocalDate.of(year, 12, 31);
	}

	/** What is wrong with {@code frame} for a plan of those years and phases. */
	public static List<FieldProblem> check(TimeFrame frame, int planFrom, int planTo, List<PlanPhase> phases) {
		List<FieldProblem> problems = new ArrayList<>();
		if (frame == null || frame.kind() == null) {
			problems.add(FieldProblem.of("frameKind", "plans.frame.required"));
			return problems;
		}
		switch (frame.kind()) {
			case YEAR_RANGE -> {
				if (frame.from() == null || frame.to() == null || frame.from() > frame.to()) {
					problems.add(FieldProblem.of("frameFrom", "plans.frame.range"));
				}
				else if (frame.to() < planFrom || frame.from() > planTo) {
					problems.add(FieldProblem.of("frameFrom", "plans.frame.outside", planFrom, planTo));
				}
			}
			case EVERY_N_YEARS -> {
				if (frame.every() == null || frame.every() < 1 || frame.every() > 20) {
					problems.add(FieldProblem.of("frameEvery", "plans.frame.every"));
				}
			}
			case PHASE -> {
				if (frame.phase() == null || phases.stream().noneMatch((p) -> p.number() == frame.phase())) {
					problems.add(FieldProblem.of("framePhase", "plans.frame.phase"));
				}
			}
			case EVERY_YEAR -> {
			}
		}
		return problems;
	}

}

package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The statuses shown for each of a task's years on a day, worked out from what was
 * recorded and the task's time frame.
 */
final class YearStates {

	record State(boolean due, YearStatus status) {

	}

	private YearStates() {
	}

	static Map<Integer, State> of(TimeFrame frame, List<TaskYear> years, LocalDate today) {
		List<Integer> all = years.stream().map(TaskYear::getYear).sorted().toList();
		Set<Integer> done = years.stream()
			.filter((y) -> y.getStatus() == YearStatus.DONE)
			.map(TaskYear::getYear)
			.collect(Collectors.toSet());
		Set<Integer> due = TaskSchedule.dueYears(frame, all, done);
		Map<Integer, State> states = new HashMap<>();
		for (TaskYear year : years) {
			boolean isDue = due.contains(year.getYear());
			states.put(year.getYear(),
					new State(isDue, TaskSchedule.status(year.getStatus(), isDue, year.getDueOn(), today)));
		}
		return states;
	}

}

package vn.hoagiai.plans.web;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.hoagiai.plans.AgencyRef;
import vn.hoagiai.plans.TaskDetails;
import vn.hoagiai.plans.TaskView;
import vn.hoagiai.plans.TimeFrame;
import vn.hoagiai.plans.TimeFrameKind;
import vn.hoagiai.shared.FieldProblem;

/**
 * The form of a task: code, group, title, lead and coordinating agencies, time frame
 * (kind and its values), the day of the year it is due ({@code dd/MM}, blank for 31
 * December), expected output and the other bodies the plan names.
 */
record TaskForm(String code, String groupCode, String groupTitle, String title, TimeFrameKind frameKind,
		Integer frameFrom, Integer frameTo, Integer frameEvery, Integer framePhase, String dueDay,
		String expectedOutput, String othersNote, List<Long> leadAgencyIds, List<Long> coordinatorAgencyIds,
		Long version) {

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d/M");

	static TaskForm empty() {
		return new TaskForm(null, null, null, null, null, null, null, null, null, null, null, null, List.of(),
				List.of(), null);
	}

	static TaskForm of(TaskView task) {
		TimeFrame f = task.frame();
		return new TaskForm(task.code(), task.groupCode(), task.groupTitle(), task.title(), f.kind(), f.from(), f.to(),
				f.every(), f.phase(),
				(task.dueDay() != null) ? task.dueDay().getDayOfMonth() + "/" + task.dueDay().getMonthValue() : null,
				task.expectedOutput(), task.othersNote(), ids(task.leads()), ids(task.coordinators()), task.version());
	}

	/** What cannot even be read: a due day that is not a day of the year. */
	List<FieldProblem> unreadable() {
		List<FieldProblem> problems = new ArrayList<>();
		if (PlanForm.clean(this.dueDay) != null && parsedDueDay().isEmpty()) {
			problems.add(FieldProblem.of("dueDay", "plans.task.dueDay.invalid"));
		}
		return problems;
	}

	/**
	 * The task's details; a blank group code is the code's first number and a blank group
	 * title is {@code knownGroupTitle} (that of another task of the group), if any.
	 */
	TaskDetails details(java.util.function.Function<String, String> knownGroupTitle) {
		String code = PlanForm.clean(this.code);
		String group = PlanForm.clean(this.groupCode);
		if (group == null && code != null) {
			group = code.split("\\.")[0];
		}
		String groupTitle = PlanForm.clean(this.groupTitle);
		if (groupTitle == null && group != null) {
			groupTitle = knownGroupTitle.apply(group);
		}
		return new TaskDetails(code, group, groupTitle, PlanForm.clean(this.title), frame(),
				parsedDueDay().orElse(null), PlanForm.clean(this.expectedOutput), PlanForm.clean(this.othersNote));
	}

	List<Long> leads() {
		return (this.leadAgencyIds != null) ? this.leadAgencyIds : List.of();
	}

	List<Long> coordinators() {
		return (this.coordinatorAgencyIds != null) ? this.coordinatorAgencyIds : List.of();
	}

	TaskForm withVersion(long saved) {
		return new TaskForm(this.code, this.groupCode, this.groupTitle, this.title, this.frameKind, this.frameFrom,
				this.frameTo, this.frameEvery, this.framePhase, this.dueDay, this.expectedOutput, this.othersNote,
				this.leadAgencyIds, this.coordinatorAgencyIds, saved);
	}

	/** Only the values of the chosen kind count. */
	private TimeFrame frame() {
		if (this.frameKind == null) {
			return null;
		}
		return switch (this.frameKind) {
			case YEAR_RANGE -> new TimeFrame(TimeFrameKind.YEAR_RANGE, this.frameFrom, this.frameTo, null, null);
			case EVERY_YEAR -> TimeFrame.everyYear();
			case EVERY_N_YEARS -> new TimeFrame(TimeFrameKind.EVERY_N_YEARS, null, null, this.frameEvery, null);
			case PHASE -> new TimeFrame(TimeFrameKind.PHASE, null, null, null, this.framePhase);
		};
	}

	private Optional<MonthDay> parsedDueDay() {
		String text = PlanForm.clean(this.dueDay);
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(MonthDay.from(DAY_MONTH.parse(text)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static List<Long> ids(List<AgencyRef> refs) {
		return refs.stream().map(AgencyRef::id).toList();
	}

}

package vn.hoagiai.plans;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import vn.hoagiai.indicators.IndicatorCode;
import vn.hoagiai.shared.FieldProblem;

/**
 * The field rules of plans, tasks and yearly progress, returning every problem at once.
 */
final class PlanRules {

	static final Pattern TASK_CODE = Pattern.compile("\\d{1,2}(\\.\\d{1,2}){0,2}");

	private PlanRules() {
	}

	static List<FieldProblem> plan(PlanDetails d) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "title", d.title(), 500);
		required(problems, "issuingBody", d.issuingBody(), 200);
		optional(problems, "numberSymbol", d.numberSymbol(), 60);
		optional(problems, "purposes", d.purposes(), 4000);
		optional(problems, "requirements", d.requirements(), 4000);
		optional(problems, "funding", d.funding(), 2000);
		if (d.fromYear() < 2000 || d.fromYear() > 2100) {
			problems.add(FieldProblem.of("fromYear", "plans.plan.year"));
		}
		if (d.toYear() < d.fromYear() || d.toYear() > 2100) {
			problems.add(FieldProblem.of("toYear", "plans.plan.period"));
		}
		if (d.status() == null) {
			problems.add(FieldProblem.of("status", "validation.required"));
		}
		return problems;
	}

	static List<FieldProblem> task(TaskDetails d, int planFrom, int planTo, List<PlanPhase> phases,
			Collection<Long> leads) {
		List<FieldProblem> problems = new ArrayList<>();
		if (d.code() == null || !TASK_CODE.matcher(d.code()).matches()) {
			problems.add(FieldProblem.of("code", "plans.task.code.invalid"));
		}
		required(problems, "title", d.title(), 1000);
		required(problems, "groupTitle", d.groupTitle(), 1000);
		optional(problems, "expectedOutput", d.expectedOutput(), 1000);
		optional(problems, "othersNote", d.othersNote(), 500);
		problems.addAll(TaskSchedule.check(d.frame(), planFrom, planTo, phases));
		if (leads.isEmpty()) {
			problems.add(FieldProblem.of("leadAgencyIds", "plans.task.lead"));
		}
		return problems;
	}

	static List<FieldProblem> target(PlanTarget t, int planFrom, int planTo) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "description", t.description(), 1000);
		optional(problems, "threshold", t.threshold(), 100);
		if (t.code() != null && IndicatorCode.targets().stream().noneMatch((c) -> c.name().equals(t.code()))) {
			problems.add(FieldProblem.of("code", "plans.target.code.unknown"));
		}
		if (t.byYear() != null && (t.byYear() < planFrom || t.byYear() > planTo)) {
			problems.add(FieldProblem.of("byYear", "plans.target.byYear.outside", planFrom, planTo));
		}
		return problems;
	}

	static List<FieldProblem> progress(YearProgress p, int year, java.time.LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (p.status() == null) {
			problems.add(FieldProblem.of("status", "validation.required"));
		}
		else if (!p.status().recordable()) {
			problems.add(FieldProblem.of("status", "plans.year.status.derived"));
		}
		optional(problems, "note", p.note(), 2000);
		optional(problems, "responsible", p.responsible(), 120);
		if (p.doneOn() != null && p.doneOn().isAfter(today)) {
			problems.add(FieldProblem.of("doneOn", "plans.year.doneOn.future"));
		}
		else if (p.doneOn() != null && p.doneOn().getYear() < year - 1) {
			problems.add(FieldProblem.of("doneOn", "plans.year.doneOn.early", year));
		}
		return problems;
	}

	static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static void required(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(FieldProblem.of(field, "validation.required"));
		}
		else {
			optional(problems, field, value, max);
		}
	}

	private static void optional(List<FieldProblem> problems, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(FieldProblem.of(field, "validation.tooLong", max));
		}
	}

}

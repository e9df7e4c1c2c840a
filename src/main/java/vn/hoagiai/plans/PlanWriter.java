package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.UnitId;

/**
 * Writes plans and tasks after the caller checked access: the plan with its phases,
 * targets and responsibilities; each task with its agencies and a yearly record for every
 * year of its time frame. Audited; runs in the caller's transaction.
 */
@Component
class PlanWriter {

	private final PlanRepository plans;

	private final PhaseRepository phases;

	private final TargetRepository targets;

	private final ResponsibilityRepository responsibilities;

	private final PlanTaskRepository tasks;

	private final TaskAgencyRepository assignments;

	private final TaskYearRepository years;

	private final EvidenceRepository evidence;

	private final Agencies agencies;

	private final AuditTrail audit;

	PlanWriter(PlanRepository plans, PhaseRepository phases, TargetRepository targets,
			ResponsibilityRepository responsibilities, PlanTaskRepository tasks, TaskAgencyRepository assignments,
			TaskYearRepository years, EvidenceRepository evidence, Agencies agencies, AuditTrail audit) {
		this.plans = plans;
		this.phases = phases;
		this.targets = targets;
		this.responsibilities = responsibilities;
		this.tasks = tasks;
		this.assignments = assignments;
		this.years = years;
		this.evidence = evidence;
		this.agencies = agencies;
		this.audit = audit;
	}

	Plan create(UnitId unit, Long parentId, PlanDetails details, List<PlanPhase> phaseList, List<PlanTarget> targetList,
			List<PlanResponsibility> responsibilityList) {
		InvalidInput.throwIfAny(PlanRules.plan(details));
		Plan plan = this.plans.save(new Plan(unit, parentId, details));
		phaseList.forEach((p) -> this.phases.save(new Phase(plan.getId(), p)));
		for (int i = 0; i < targetList.size(); i++) {
			this.targets.save(new Target(plan.getId(), i + 1, targetList.get(i)));
		}
		for (int i = 0; i < responsibilityList.size(); i++) {
			this.responsibilities.save(new Responsibility(plan.getId(), i + 1, responsibilityList.get(i)));
		}
		this.audit.created(PlanAccess.RECORD, plan.getId(), unit,
				Changes.of("title", null, details.title())
					.field("numberSymbol", null, details.numberSymbol())
					.field("period", null, details.fromYear() + "-" + details.toYear())
					.field("parentId", null, parentId));
		return plan;
	}

	PlanTask addTask(Plan plan, TaskDetails details, List<Long> leads, List<Long> coordinators, Long sourceTaskId) {
		List<PlanPhase> phaseList = phases(plan.getId());
		checkTask(plan, null, details, leads, coordinators);
		int position = this.tasks.findByPlanIdOrderByPosition(plan.getId()).size() + 1;
		PlanTask task = this.tasks.save(new PlanTask(plan.getId(), position, details, sourceTaskId));
		LocalDate from = plan.startsOn();
		leads.stream()
			.distinct()
			.forEach((a) -> this.assignments.save(new TaskAgency(task.getId(), a, AgencyRole.LEAD, from, null)));
		coordinators.stream()
			.distinct()
			.filter((a) -> !leads.contains(a))
			.forEach(
					(a) -> this.assignments.save(new TaskAgency(task.getId(), a, AgencyRole.COORDINATING, from, null)));
		for (int year : TaskSchedule.instanceYears(details.frame(), plan.getFromYear(), plan.getToYear(), phaseList)) {
			this.years.save(new TaskYear(task.getId(), year, TaskSchedule.dueOn(year, details.dueDay())));
		}
		this.audit.created("PlanTask", task.getId(), plan.getUnitId(),
				Changes.of("planId", null, plan.getId())
					.field("code", null, details.code())
					.field("title", null, details.title())
					.field("frame", null, details.frame())
					.field("leads", null, leads)
					.field("coordinators", null, coordinators));
		return task;
	}

	/**
	 * Every problem with a task's details and agencies, thrown at once; {@code self} is
	 * the task being edited (its own code is not taken), null for a new one.
	 */
	void checkTask(Plan plan, Long self, TaskDetails details, List<Long> leads, List<Long> coordinators) {
		List<FieldProblem> problems = new ArrayList<>(
				PlanRules.task(details, plan.getFromYear(), plan.getToYear(), phases(plan.getId()), leads));
		if (this.tasks.findByPlanIdOrderByPosition(plan.getId())
			.stream()
			.anyMatch((t) -> t.getCode().equals(details.code()) && !t.getId().equals(self))) {
			problems.add(FieldProblem.of("code", "plans.task.codeTaken", details.code()));
		}
		List<Long> all = new ArrayList<>(leads);
		all.addAll(coordinators);
		if (this.agencies.byId(all).size() != all.stream().distinct().count()) {
			problems.add(FieldProblem.of("leadAgencyIds", "plans.task.agencyUnknown"));
		}
		InvalidInput.throwIfAny(problems);
	}

	/**
	 * Makes the task's yearly records match its time frame: adds the missing years, moves
	 * the due dates, and drops a year outside the frame only while nothing was recorded
	 * in it (no status, note, person, date or evidence); a year with recorded progress is
	 * kept. Returns the years added and dropped.
	 */
	YearChanges reschedule(Plan plan, PlanTask task) {
		Set<Integer> wanted = new TreeSet<>(
				TaskSchedule.instanceYears(task.frame(), plan.getFromYear(), plan.getToYear(), phases(plan.getId())));
		List<TaskYear> existing = this.years.findByTaskIdInOrderByYear(List.of(task.getId()));
		Set<Long> withEvidence = existing.isEmpty() ? Set.of()
				: this.evidence.findByTaskYearIdIn(existing.stream().map(TaskYear::getId).toList())
					.stream()
					.map(Evidence::getTaskYearId)
					.collect(Collectors.toSet());
		List<Integer> dropped = new ArrayList<>();
		List<Integer> kept = new ArrayList<>();
		for (TaskYear year : existing) {
			if (wanted.remove(year.getYear())) {
				year.moveDue(TaskSchedule.dueOn(year.getYear(), task.dueDay()));
			}
			else if (year.isBlank() && !withEvidence.contains(year.getId())) {
				this.years.delete(year);
				dropped.add(year.getYear());
			}
			else {
				kept.add(year.getYear());
			}
		}
		for (int year : wanted) {
			this.years.save(new TaskYear(task.getId(), year, TaskSchedule.dueOn(year, task.dueDay())));
		}
		return new YearChanges(List.copyOf(wanted), dropped, kept);
	}

	/**
	 * Ends, from {@code on}, the task's current agencies no longer named in their role
	 * and adds the newly named ones from that day: the history of who was responsible
	 * when is kept.
	 */
	void reassign(PlanTask task, List<Long> leads, List<Long> coordinators, LocalDate on) {
		Set<Long> newLeads = new LinkedHashSet<>(leads);
		Set<Long> newCoordinators = new LinkedHashSet<>(coordinators);
		newCoordinators.removeAll(newLeads);
		List<TaskAgency> current = this.assignments.findByTaskIdInOrderByValidFromAscIdAsc(List.of(task.getId()))
			.stream()
			.filter(TaskAgency::isCurrent)
			.toList();
		for (TaskAgency link : current) {
			Set<Long> wanted = (link.getRole() == AgencyRole.LEAD) ? newLeads : newCoordinators;
			if (!wanted.remove(link.getAgencyId())) {
				link.end(on);
			}
		}
		newLeads.forEach((a) -> this.assignments.save(new TaskAgency(task.getId(), a, AgencyRole.LEAD, on, null)));
		newCoordinators
			.forEach((a) -> this.assignments.save(new TaskAgency(task.getId(), a, AgencyRole.COORDINATING, on, null)));
	}

	/**
	 * The years a time frame change added, dropped, and kept for their recorded progress.
	 */
	record YearChanges(List<Integer> added, List<Integer> dropped, List<Integer> kept) {

	}

	List<PlanPhase> phases(Long planId) {
		return this.phases.findByPlanIdOrderByNumber(planId).stream().map(Phase::view).toList();
	}

}

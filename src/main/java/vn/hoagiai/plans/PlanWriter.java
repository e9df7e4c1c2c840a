package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
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

	private final Agencies agencies;

	private final AuditTrail audit;

	PlanWriter(PlanRepository plans, PhaseRepository phases, TargetRepository targets,
			ResponsibilityRepository responsibilities, PlanTaskRepository tasks, TaskAgencyRepository assignments,
			TaskYearRepository years, Agencies agencies, AuditTrail audit) {
		this.plans = plans;
		this.phases = phases;
		this.targets = targets;
		this.responsibilities = responsibilities;
		this.tasks = tasks;
		this.assignments = assignments;
		this.years = years;
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
		List<vn.hoagiai.shared.FieldProblem> problems = new ArrayList<>(
				PlanRules.task(details, plan.getFromYear(), plan.getToYear(), phaseList, leads));
		if (this.tasks.findByPlanIdOrderByPosition(plan.getId())
			.stream()
			.anyMatch((t) -> t.getCode().equals(details.code()))) {
			problems.add(vn.hoagiai.shared.FieldProblem.of("code", "plans.task.codeTaken", details.code()));
		}
		List<Long> all = new ArrayList<>(leads);
		all.addAll(coordinators);
		if (this.agencies.byId(all).size() != all.stream().distinct().count()) {
			problems.add(vn.hoagiai.shared.FieldProblem.of("leadAgencyIds", "plans.task.agencyUnknown"));
		}
		InvalidInput.throwIfAny(problems);
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

	List<PlanPhase> phases(Long planId) {
		return this.phases.findByPlanIdOrderByNumber(planId).stream().map(Phase::view).toList();
	}

}

package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitView;

/**
 * Builds the views of plans, tasks and years from the module's tables, reading the agency
 * and unit names through the organization module in one call each.
 */
@Component
class PlanReader {

	private final PlanTaskRepository tasks;

	private final TaskAgencyRepository assignments;

	private final TaskYearRepository years;

	private final EvidenceRepository evidence;

	private final Agencies agencies;

	private final UnitDirectory units;

	PlanReader(PlanTaskRepository tasks, TaskAgencyRepository assignments, TaskYearRepository years,
			EvidenceRepository evidence, Agencies agencies, UnitDirectory units) {
		this.tasks = tasks;
		this.assignments = assignments;
		this.years = years;
		this.evidence = evidence;
		this.agencies = agencies;
		this.units = units;
	}

	PlanSummary summary(Plan plan) {
		PlanDetails d = plan.details();
		String unitName = null;
		if (plan.getUnitId() != null) {
			LocalDate on = plan.startsOn();
			unitName = this.units.find(plan.getUnitId(), on).map(UnitView::name).orElse(null);
		}
		return new PlanSummary(plan.getId(), plan.getUnitId(), unitName, d.numberSymbol(), d.issuedOn(),
				d.issuingBody(), d.title(), d.fromYear(), d.toYear(), d.status(), plan.getParentId());
	}

	/** Everything about a set of tasks, loaded in a few queries. */
	Loaded load(List<PlanTask> taskList) {
		List<Long> ids = taskList.stream().map(PlanTask::getId).toList();
		if (ids.isEmpty()) {
			return new Loaded(List.of(), List.of(), List.of(), Map.of(), Map.of());
		}
		List<TaskAgency> links = this.assignments.findByTaskIdInOrderByValidFromAscIdAsc(ids);
		List<TaskYear> yearList = this.years.findByTaskIdInOrderByYear(ids);
		Map<Long, AgencyView> names = this.agencies.byId(links.stream().map(TaskAgency::getAgencyId).toList());
		Map<Long, List<EvidenceView>> files = new HashMap<>();
		if (!yearList.isEmpty()) {
			this.evidence.findByTaskYearIdInAndWithdrawnFalseOrderById(yearList.stream().map(TaskYear::getId).toList())
				.forEach((e) -> files.computeIfAbsent(e.getTaskYearId(), (k) -> new ArrayList<>()).add(e.view()));
		}
		return new Loaded(taskList, links, yearList, names, files);
	}

	/** The tasks that stand (not withdrawn), in the plan's order. */
	List<PlanTask> tasksOf(long planId) {
		return this.tasks.findByPlanIdOrderByPosition(planId).stream().filter((t) -> !t.isWithdrawn()).toList();
	}

	/** Every task, withdrawn ones included, in the plan's order. */
	List<PlanTask> allTasksOf(long planId) {
		return this.tasks.findByPlanIdOrderByPosition(planId);
	}

	record Loaded(List<PlanTask> tasks, List<TaskAgency> links, List<TaskYear> years, Map<Long, AgencyView> names,
			Map<Long, List<EvidenceView>> evidence) {

		Map<Long, PlanTask> tasksById() {
			return this.tasks.stream().collect(Collectors.toMap(PlanTask::getId, Function.identity()));
		}

		List<AgencyRef> current(long taskId, AgencyRole role) {
			return this.links.stream()
				.filter((l) -> l.getTaskId() == taskId && l.getRole() == role && l.isCurrent())
				.map((l) -> ref(l.getAgencyId()))
				.toList();
		}

		Set<Long> currentLeadIds(long taskId) {
			return this.links.stream()
				.filter((l) -> l.getTaskId() == taskId && l.getRole() == AgencyRole.LEAD && l.isCurrent())
				.map(TaskAgency::getAgencyId)
				.collect(Collectors.toCollection(HashSet::new));
		}

		Set<Long> currentAgencyIds(long taskId) {
			return this.links.stream()
				.filter((l) -> l.getTaskId() == taskId && l.isCurrent())
				.map(TaskAgency::getAgencyId)
				.collect(Collectors.toSet());
		}

		AgencyRef ref(long agencyId) {
			AgencyView view = this.names.get(agencyId);
			if (view == null) {
				return new AgencyRef(agencyId, "#" + agencyId, true);
			}
			return new AgencyRef(agencyId, view.name(),
					view.validTo() != null && !view.validTo().isAfter(LocalDate.now()));
		}

		TaskView task(PlanTask task) {
			TaskDetails d = task.details();
			return new TaskView(task.getId(), d.code(), d.groupCode(), d.groupTitle(), d.title(), d.frame(), d.dueDay(),
					d.expectedOutput(), d.othersNote(), current(task.getId(), AgencyRole.LEAD),
					current(task.getId(), AgencyRole.COORDINATING), task.getVersion(),
					task.isWithdrawn() ? task.getWithdrawnReason() : null);
		}

		List<TaskYear> yearsOf(long taskId) {
			return this.years.stream().filter((y) -> y.getTaskId() == taskId).toList();
		}

		Map<Long, Map<Integer, YearStates.State>> states(LocalDate today) {
			Map<Long, Map<Integer, YearStates.State>> all = new HashMap<>();
			for (PlanTask task : this.tasks) {
				all.put(task.getId(), YearStates.of(task.frame(), yearsOf(task.getId()), today));
			}
			return all;
		}

		List<AssignmentHistory> history() {
			Map<Long, PlanTask> byId = tasksById();
			return this.links.stream()
				.map((l) -> new AssignmentHistory(l.getTaskId(), byId.get(l.getTaskId()).getCode(),
						ref(l.getAgencyId()).name(), l.getRole(), l.getValidFrom(), l.getValidTo(),
						l.getHandoverId() != null))
				.toList();
		}

	}

	TaskYearView yearView(Plan plan, PlanTask task, TaskYear year, YearStates.State state, Loaded loaded,
			boolean editable) {
		YearProgress p = year.progress();
		return new TaskYearView(year.getId(), plan.getId(), plan.getTitle(), task.getId(), task.getCode(),
				task.details().title(), year.getYear(), state.status(), p.status(), state.due(), year.getDueOn(),
				p.note(), p.responsible(), p.doneOn(), year.getVersion(),
				loaded.evidence().getOrDefault(year.getId(), List.of()), loaded.current(task.getId(), AgencyRole.LEAD),
				editable);
	}

	static <T> List<T> nonNull(Collection<T> items) {
		return items.stream().filter(java.util.Objects::nonNull).toList();
	}

}

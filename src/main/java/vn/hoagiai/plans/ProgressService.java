package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.Viewer;

/**
 * Yearly progress of tasks: the records of a year, recording status, note, person and
 * date done (version checked), evidence, the year × task grid, the overdue and due-soon
 * lists, and "my agency's tasks". Reads follow {@link PlanAccess}; every write is
 * audited.
 */
@Service
@Transactional(readOnly = true)
public class ProgressService {

	static final String YEAR_RECORD = "PlanTaskYear";

	private final PlanService plans;

	private final PlanReader reader;

	private final PlanAccess access;

	private final PlanTaskRepository tasks;

	private final TaskYearRepository years;

	private final Agencies agencies;

	private final AuditTrail audit;

	ProgressService(PlanService plans, PlanReader reader, PlanAccess access, PlanTaskRepository tasks,
			TaskYearRepository years, Agencies agencies, AuditTrail audit) {
		this.plans = plans;
		this.reader = reader;
		this.access = access;
		this.tasks = tasks;
		this.years = years;
		this.agencies = agencies;
		this.audit = audit;
	}

	/** The plan's task records for {@code year}, in task order. */
	public List<TaskYearView> year(long planId, int year) {
		Plan plan = this.plans.readablePlan(planId);
		PlanReader.Loaded loaded = this.reader.load(this.reader.tasksOf(planId));
		return views(plan, loaded, (y) -> y.getYear() == year);
	}

	/** One task's record for {@code year}. */
	public TaskYearView taskYear(long planId, long taskId, int year) {
		Plan plan = this.plans.readablePlan(planId);
		PlanTask task = task(planId, taskId);
		PlanReader.Loaded loaded = this.reader.load(List.of(task));
		return views(plan, loaded, (y) -> y.getYear() == year).stream()
			.findFirst()
			.orElseThrow(() -> new RecordNotFound(YEAR_RECORD, taskId + "/" + year));
	}

	/**
	 * Records a year's progress. A newer version in the database throws
	 * {@link StaleVersion}; a viewer who may read but not record gets 403. "Done" without
	 * a date is done today.
	 */
	@Transactional
	public TaskYearView record(long planId, long taskId, int year, long version, YearProgress progress) {
		Writable target = writable(planId, taskId, year);
		if (target.year().getVersion() != version) {
			throw new StaleVersion(YEAR_RECORD, target.year().getId());
		}
		LocalDate today = LocalDate.now();
		YearProgress clean = new YearProgress(progress.status(), PlanRules.clean(progress.note()),
				PlanRules.clean(progress.responsible()),
				(progress.status() == YearStatus.DONE && progress.doneOn() == null) ? today : progress.doneOn());
		InvalidInput.throwIfAny(PlanRules.progress(clean, year, today));
		YearProgress before = target.year().progress();
		target.year().record(clean);
		this.audit.updated(YEAR_RECORD, target.year().getId(), target.plan().getUnitId(),
				Changes.of("status", before.status(), clean.status())
					.field("note", before.note(), clean.note())
					.field("responsible", before.responsible(), clean.responsible())
					.field("doneOn", before.doneOn(), clean.doneOn()));
		this.years.flush();
		return taskYear(planId, taskId, year);
	}

	/** The year × task grid over the plan's period. */
	public PlanGrid grid(long planId) {
		Plan plan = this.plans.readablePlan(planId);
		PlanReader.Loaded loaded = this.reader.load(this.reader.tasksOf(planId));
		Map<Long, Map<Integer, YearStates.State>> states = loaded.states(LocalDate.now());
		List<Integer> yearList = new ArrayList<>();
		for (int y = plan.getFromYear(); y <= plan.getToYear(); y++) {
			yearList.add(y);
		}
		List<PlanGrid.Row> rows = new ArrayList<>();
		for (PlanTask task : loaded.tasks()) {
			Map<Integer, TaskYear> byYear = loaded.yearsOf(task.getId())
				.stream()
				.collect(Collectors.toMap(TaskYear::getYear, (y) -> y));
			List<PlanGrid.Cell> cells = yearList.stream().map((y) -> {
				TaskYear record = byYear.get(y);
				return (record == null) ? new PlanGrid.Cell(y, null, null)
						: new PlanGrid.Cell(y, states.get(task.getId()).get(y).status(), record.getId());
			}).toList();
			rows.add(new PlanGrid.Row(task.getId(), task.getCode(), task.details().title(), cells));
		}
		return new PlanGrid(planId, plan.getTitle(), yearList, rows);
	}

	/**
	 * Overdue task years and those due within {@code days}, over every plan the viewer
	 * reads.
	 */
	public Attention attention(int days) {
		return attention(this.plans.readable(), days, null);
	}

	/**
	 * The tasks of the viewer's unit's agencies (or of {@code agencyId}, one of them) for
	 * {@code year}, with reminders.
	 */
	public MyTasks mine(int year, Long agencyId) {
		Viewer viewer = CurrentViewer.require();
		List<AgencyView> own = (viewer.unitId() != null) ? this.agencies.currentOf(viewer.unitId()) : List.of();
		Set<Long> chosen = own.stream()
			.map(AgencyView::id)
			.filter((id) -> agencyId == null || id.equals(agencyId))
			.collect(Collectors.toSet());
		List<TaskYearView> leading = new ArrayList<>();
		List<TaskYearView> coordinating = new ArrayList<>();
		List<Plan> readable = chosen.isEmpty() ? List.of() : this.plans.readable();
		if (!chosen.isEmpty()) {
			for (Plan plan : readable) {
				PlanReader.Loaded loaded = this.reader.load(this.reader.tasksOf(plan.getId()));
				for (TaskYearView view : views(plan, loaded, (y) -> y.getYear() == year)) {
					if (loaded.currentLeadIds(view.taskId()).stream().anyMatch(chosen::contains)) {
						leading.add(view);
					}
					else if (loaded.currentAgencyIds(view.taskId()).stream().anyMatch(chosen::contains)) {
						coordinating.add(view);
					}
				}
			}
		}
		Attention reminders = chosen.isEmpty() ? new Attention(30, List.of(), List.of())
				: attention(readable, 30, chosen);
		return new MyTasks(year, own, agencyId, leading, coordinating, reminders);
	}

	private Attention attention(List<Plan> readable, int days, Set<Long> leadsOf) {
		LocalDate today = LocalDate.now();
		LocalDate horizon = today.plusDays(days);
		List<TaskYearView> overdue = new ArrayList<>();
		List<TaskYearView> soon = new ArrayList<>();
		for (Plan plan : readable) {
			if (plan.getStatus() == PlanStatus.WITHDRAWN) {
				continue;
			}
			PlanReader.Loaded loaded = this.reader.load(this.reader.tasksOf(plan.getId()));
			for (TaskYearView view : views(plan, loaded, (y) -> true)) {
				if (leadsOf != null && loaded.currentLeadIds(view.taskId()).stream().noneMatch(leadsOf::contains)) {
					continue;
				}
				if (view.status() == YearStatus.OVERDUE) {
					overdue.add(view);
				}
				else if (view.due() && view.status() != YearStatus.DONE && view.dueOn() != null
						&& !view.dueOn().isAfter(horizon)) {
					soon.add(view);
				}
			}
		}
		Comparator<TaskYearView> byDue = Comparator.comparing(TaskYearView::dueOn)
			.thenComparing(TaskYearView::planId)
			.thenComparing(TaskYearView::taskId);
		overdue.sort(byDue);
		soon.sort(byDue);
		return new Attention(days, overdue, soon);
	}

	private List<TaskYearView> views(Plan plan, PlanReader.Loaded loaded,
			java.util.function.Predicate<TaskYear> which) {
		Map<Long, Map<Integer, YearStates.State>> states = loaded.states(LocalDate.now());
		Map<Long, PlanTask> byId = loaded.tasksById();
		boolean manager = this.access.canManage(plan);
		List<TaskYearView> views = new ArrayList<>();
		for (TaskYear year : loaded.years()) {
			if (which.test(year)) {
				PlanTask task = byId.get(year.getTaskId());
				boolean editable = manager || this.access.canRecord(plan, loaded.currentLeadIds(task.getId()));
				views.add(this.reader.yearView(plan, task, year, states.get(task.getId()).get(year.getYear()), loaded,
						editable));
			}
		}
		views.sort(Comparator.comparing(TaskYearView::year).thenComparing((v) -> byId.get(v.taskId()).getPosition()));
		return views;
	}

	Writable writable(long planId, long taskId, int year) {
		Plan plan = this.plans.readablePlan(planId);
		PlanTask task = task(planId, taskId);
		TaskYear record = this.years.findByTaskIdAndYear(taskId, year)
			.orElseThrow(() -> new RecordNotFound(YEAR_RECORD, taskId + "/" + year));
		Set<Long> leads = this.reader.load(List.of(task)).currentLeadIds(taskId);
		if (!this.access.canRecord(plan, leads)) {
			throw new AccessDeniedException("Not a lead agency of task " + taskId);
		}
		if (task.isWithdrawn()) {
			// its recorded years stay as they were when it was withdrawn
			throw new InvalidInput(List.of(FieldProblem.of("status", "plans.task.withdrawn")));
		}
		return new Writable(plan, task, record);
	}

	private PlanTask task(long planId, long taskId) {
		return this.tasks.findById(taskId)
			.filter((t) -> t.getPlanId() == planId)
			.orElseThrow(() -> new RecordNotFound("PlanTask", taskId));
	}

	record Writable(Plan plan, PlanTask task, TaskYear year) {

	}

}

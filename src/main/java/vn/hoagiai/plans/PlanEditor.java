package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.WithdrawalReason;

/**
 * Edits a plan's tasks and targets, for the plan's own office and administrators (see
 * {@link PlanAccess}): change a task (its time frame change reschedules its yearly
 * records without losing recorded progress; a change of agencies keeps who was
 * responsible when), withdraw a task with a reason (never deleted), add and change
 * targets. Each write checks the version the user saw, changes nothing on bad input and
 * is audited.
 */
@Service
@Transactional(readOnly = true)
public class PlanEditor {

	static final String TASK_RECORD = "PlanTask";

	static final String TARGET_RECORD = "PlanTarget";

	private final PlanService plans;

	private final PlanAccess access;

	private final PlanWriter writer;

	private final PlanReader reader;

	private final PlanTaskRepository tasks;

	private final TargetRepository targets;

	private final Agencies agencies;

	private final UnitDirectory units;

	private final AuditTrail audit;

	PlanEditor(PlanService plans, PlanAccess access, PlanWriter writer, PlanReader reader, PlanTaskRepository tasks,
			TargetRepository targets, Agencies agencies, UnitDirectory units, AuditTrail audit) {
		this.plans = plans;
		this.access = access;
		this.writer = writer;
		this.reader = reader;
		this.tasks = tasks;
		this.targets = targets;
		this.agencies = agencies;
		this.units = units;
		this.audit = audit;
	}

	/**
	 * Passes when the viewer may edit the plan; a plan they may not read answers as a
	 * missing one, a plan they read but may not edit with 403.
	 */
	public void requireEditable(long planId) {
		editablePlan(planId);
	}

	/** A task of a plan the viewer may edit, with its current agencies. */
	public TaskView task(long planId, long taskId) {
		editablePlan(planId);
		PlanTask task = taskOf(planId, taskId);
		return this.reader.load(List.of(task)).task(task);
	}

	/** A target of a plan the viewer may edit. */
	public TargetView target(long planId, long targetId) {
		editablePlan(planId);
		return targetOf(planId, targetId).view();
	}

	/**
	 * Changes a task: its details, time frame and agencies. {@code version} is the one
	 * the user saw; a withdrawn task cannot change.
	 */
	@Transactional
	public void updateTask(long planId, long taskId, long version, TaskDetails details, List<Long> leads,
			List<Long> coordinators) {
		Plan plan = editablePlan(planId);
		PlanTask task = taskOf(planId, taskId);
		if (task.getVersion() != version) {
			throw new StaleVersion(TASK_RECORD, taskId);
		}
		if (task.isWithdrawn()) {
			throw new InvalidInput(List.of(FieldProblem.of("code", "plans.task.withdrawn")));
		}
		this.writer.checkTask(plan, taskId, details, leads, coordinators);
		PlanReader.Loaded loaded = this.reader.load(List.of(task));
		TaskView before = loaded.task(task);
		task.apply(details);
		task.changed();
		PlanWriter.YearChanges years = this.writer.reschedule(plan, task);
		this.writer.reassign(task, leads, coordinators, LocalDate.now());
		this.audit.updated(TASK_RECORD, taskId, plan.getUnitId(),
				Changes.of("code", before.code(), details.code())
					.field("title", before.title(), details.title())
					.field("groupCode", before.groupCode(), details.groupCode())
					.field("groupTitle", before.groupTitle(), details.groupTitle())
					.field("frame", before.frame(), details.frame())
					.field("dueDay", before.dueDay(), details.dueDay())
					.field("expectedOutput", before.expectedOutput(), details.expectedOutput())
					.field("othersNote", before.othersNote(), details.othersNote())
					.field("leads", ids(before.leads()), leads)
					.field("coordinators", ids(before.coordinators()), coordinators)
					.field("yearsAdded", null, years.added().isEmpty() ? null : years.added())
					.field("yearsDropped", null, years.dropped().isEmpty() ? null : years.dropped())
					.field("yearsKeptWithProgress", null, years.kept().isEmpty() ? null : years.kept()));
		this.tasks.flush();
	}

	/**
	 * Withdraws a task with a reason; it and its records stay, out of the plan's work.
	 */
	@Transactional
	public void withdrawTask(long planId, long taskId, long version, String reason) {
		Plan plan = editablePlan(planId);
		PlanTask task = taskOf(planId, taskId);
		if (task.getVersion() != version) {
			throw new StaleVersion(TASK_RECORD, taskId);
		}
		String why = WithdrawalReason.require(reason);
		if (task.isWithdrawn()) {
			throw new InvalidInput(List.of(FieldProblem.of("reason", "plans.task.withdrawn")));
		}
		task.withdraw(why);
		this.audit.withdrawn(TASK_RECORD, taskId, plan.getUnitId(), why);
		this.tasks.flush();
	}

	/** Adds a target at the end of the plan's list. */
	@Transactional
	public long addTarget(long planId, PlanTarget target) {
		Plan plan = editablePlan(planId);
		InvalidInput.throwIfAny(PlanRules.target(target, plan.getFromYear(), plan.getToYear()));
		int position = this.targets.findByPlanIdOrderByPosition(planId).size() + 1;
		Target saved = this.targets.save(new Target(planId, position, clean(target)));
		this.audit.created(TARGET_RECORD, saved.getId(), plan.getUnitId(),
				Changes.of("planId", null, planId)
					.field("description", null, target.description())
					.field("threshold", null, target.threshold())
					.field("byYear", null, target.byYear())
					.field("code", null, target.code()));
		this.targets.flush();
		return saved.getId();
	}

	/** Changes a target; {@code version} is the one the user saw. */
	@Transactional
	public void updateTarget(long planId, long targetId, long version, PlanTarget target) {
		Plan plan = editablePlan(planId);
		Target stored = targetOf(planId, targetId);
		if (stored.getVersion() != version) {
			throw new StaleVersion(TARGET_RECORD, targetId);
		}
		InvalidInput.throwIfAny(PlanRules.target(target, plan.getFromYear(), plan.getToYear()));
		PlanTarget before = stored.details();
		PlanTarget after = clean(target);
		stored.apply(after);
		this.audit.updated(TARGET_RECORD, targetId, plan.getUnitId(),
				Changes.of("description", before.description(), after.description())
					.field("threshold", before.threshold(), after.threshold())
					.field("byYear", before.byYear(), after.byYear())
					.field("code", before.code(), after.code()));
		this.targets.flush();
	}

	/**
	 * The agencies a task of the plan may name, existing today: those of the plan's unit,
	 * of the units above it and of the units right below it (of the provinces for the
	 * national programme), with the task's current ones even if they have ended.
	 */
	public List<AgencyView> agencyChoices(long planId, Long taskId) {
		Plan plan = editablePlan(planId);
		LocalDate today = LocalDate.now();
		List<UnitView> around = new ArrayList<>();
		if (plan.getUnitId() == null) {
			around.addAll(this.units.roots(today));
		}
		else {
			around.addAll(this.units.ancestry(plan.getUnitId(), today));
			around.addAll(this.units.children(plan.getUnitId(), today));
			if (around.isEmpty()) {
				this.units.find(plan.getUnitId()).ifPresent(around::add);
			}
		}
		Map<Long, AgencyView> choices = new LinkedHashMap<>();
		for (UnitView unit : around) {
			this.agencies.currentOf(unit.id()).forEach((a) -> choices.put(a.id(), a));
		}
		if (taskId != null) {
			TaskView task = task(planId, taskId);
			List<Long> named = new ArrayList<>(ids(task.leads()));
			named.addAll(ids(task.coordinators()));
			this.agencies.byId(named).values().forEach((a) -> choices.putIfAbsent(a.id(), a));
		}
		return choices.values().stream().sorted(Comparator.comparing(AgencyView::name)).toList();
	}

	private Plan editablePlan(long planId) {
		Plan plan = this.plans.readablePlan(planId);
		this.access.requireEdit(plan);
		return plan;
	}

	private PlanTask taskOf(long planId, long taskId) {
		return this.tasks.findById(taskId)
			.filter((t) -> t.getPlanId() == planId)
			.orElseThrow(() -> new RecordNotFound(TASK_RECORD, taskId));
	}

	private Target targetOf(long planId, long targetId) {
		return this.targets.findById(targetId)
			.filter((t) -> t.getPlanId() == planId)
			.orElseThrow(() -> new RecordNotFound(TARGET_RECORD, targetId));
	}

	private static PlanTarget clean(PlanTarget t) {
		return new PlanTarget(PlanRules.clean(t.code()), PlanRules.clean(t.description()),
				PlanRules.clean(t.threshold()), t.byYear());
	}

	private static List<Long> ids(List<AgencyRef> refs) {
		return refs.stream().map(AgencyRef::id).toList();
	}

}

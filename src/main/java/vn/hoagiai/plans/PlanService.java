package vn.hoagiai.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.AgencyKind;
import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.Viewer;

/**
 * Plans and their tasks: list and read them within the viewer's reach (see
 * {@link PlanAccess}), create a plan, copy a parent's plan for a lower unit with its
 * tasks, correct a plan's facts (version checked), withdraw it with a reason, add a task.
 * Every write is audited.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

	private final PlanRepository plans;

	private final PlanWriter writer;

	private final PlanReader reader;

	private final PlanAccess access;

	private final TargetRepository targets;

	private final ResponsibilityRepository responsibilities;

	private final HandoverRepository handovers;

	private final Agencies agencies;

	private final UnitScope scope;

	private final JdbcClient jdbc;

	private final UnitDirectory units;

	private final AuditTrail audit;

	PlanService(PlanRepository plans, PlanWriter writer, PlanReader reader, PlanAccess access, TargetRepository targets,
			ResponsibilityRepository responsibilities, HandoverRepository handovers, Agencies agencies, UnitScope scope,
			JdbcClient jdbc, UnitDirectory units, AuditTrail audit) {
		this.plans = plans;
		this.writer = writer;
		this.reader = reader;
		this.access = access;
		this.targets = targets;
		this.responsibilities = responsibilities;
		this.handovers = handovers;
		this.agencies = agencies;
		this.scope = scope;
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
	}

	/** The plans the viewer may read, national first, then by period and title. */
	public List<PlanSummary> list() {
		return readable().stream()
			.map(this.reader::summary)
			.sorted(Comparator.comparing((PlanSummary p) -> p.unitId() != null)
				.thenComparing(PlanSummary::fromYear)
				.thenComparing(PlanSummary::id))
			.toList();
	}

	/** One plan's page; a plan the viewer may not read answers as a missing one. */
	public PlanView view(long id) {
		Plan plan = readablePlan(id);
		PlanReader.Loaded loaded = this.reader.load(this.reader.allTasksOf(id));
		PlanSummary parent = (plan.getParentId() != null) ? this.plans.findById(plan.getParentId())
			.filter(this.access::canRead)
			.map(this.reader::summary)
			.orElse(null) : null;
		List<PlanSummary> children = this.plans.findByParentIdOrderById(id)
			.stream()
			.filter(this.access::canRead)
			.map(this.reader::summary)
			.toList();
		return new PlanView(this.reader.summary(plan), plan.details(), parent, children, this.writer.phases(id),
				this.targets.findByPlanIdOrderByPosition(id).stream().map(Target::view).toList(),
				this.responsibilities.findByPlanIdOrderByPosition(id).stream().map(Responsibility::view).toList(),
				loaded.tasks().stream().map(loaded::task).toList(), loaded.history(), handovers(loaded),
				this.access.canManage(plan), this.access.canEdit(plan), plan.getVersion());
	}

	/** The plan's tasks with their current agencies. */
	public List<TaskView> tasks(long id) {
		readablePlan(id);
		PlanReader.Loaded loaded = this.reader.load(this.reader.tasksOf(id));
		return loaded.tasks().stream().map(loaded::task).toList();
	}

	/**
	 * A new plan of the viewer's own unit (any unit, or the national programme, for an
	 * administrator), implementing {@code parentId} if given.
	 */
	@Transactional
	public long create(UnitId unit, Long parentId, PlanDetails details) {
		requireManagedUnit(unit);
		if (parentId != null) {
			readablePlan(parentId);
		}
		return this.writer.create(unit, parentId, details, List.of(), List.of(), List.of()).getId();
	}

	/**
	 * A plan for {@code unit} that implements {@code parentId}, with the parent's phases,
	 * targets and tasks copied for the unit to adapt. Each task keeps the agencies of
	 * that unit; a task left without a lead gets the unit's People's Committee (or its
	 * first agency).
	 */
	@Transactional
	public long createFromParent(long parentId, UnitId unit, PlanDetails details) {
		Plan parent = readablePlan(parentId);
		if (unit == null) {
			throw new InvalidInput(List.of(FieldProblem.of("unitId", "validation.required")));
		}
		requireManagedUnit(unit);
		List<AgencyView> own = this.agencies.currentOf(unit);
		if (own.isEmpty()) {
			throw new InvalidInput(List.of(FieldProblem.of("unitId", "plans.copy.noAgency")));
		}
		long fallback = own.stream()
			.filter((a) -> a.kind() == AgencyKind.PEOPLES_COMMITTEE)
			.findFirst()
			.orElse(own.get(0))
			.id();
		Set<Long> ownIds = own.stream().map(AgencyView::id).collect(java.util.stream.Collectors.toSet());
		Plan plan = this.writer.create(unit, parentId, details, this.writer.phases(parentId),
				this.targets.findByPlanIdOrderByPosition(parentId).stream().map(Target::details).toList(), List.of());
		PlanReader.Loaded loaded = this.reader.load(this.reader.tasksOf(parent.getId()));
		for (PlanTask task : loaded.tasks()) {
			List<Long> leads = new ArrayList<>(
					loaded.currentLeadIds(task.getId()).stream().filter(ownIds::contains).toList());
			if (leads.isEmpty()) {
				leads.add(fallback);
			}
			List<Long> coordinators = loaded.current(task.getId(), AgencyRole.COORDINATING)
				.stream()
				.map(AgencyRef::id)
				.filter(ownIds::contains)
				.toList();
			this.writer.addTask(plan, copyFrame(task.details(), details), leads, coordinators, task.getId());
		}
		return plan.getId();
	}

	/** Corrects the plan's facts; {@code version} is the one the user saw. */
	@Transactional
	public void update(long id, long version, PlanDetails details) {
		Plan plan = editablePlan(id, version);
		InvalidInput.throwIfAny(PlanRules.plan(details));
		if (details.status() == PlanStatus.WITHDRAWN) {
			throw new InvalidInput(List.of(FieldProblem.of("status", "plans.plan.withdrawViaAction")));
		}
		PlanDetails before = plan.details();
		plan.apply(details);
		this.audit.updated(PlanAccess.RECORD, id, plan.getUnitId(),
				Changes.of("title", before.title(), details.title())
					.field("numberSymbol", before.numberSymbol(), details.numberSymbol())
					.field("issuedOn", before.issuedOn(), details.issuedOn())
					.field("issuingBody", before.issuingBody(), details.issuingBody())
					.field("fromYear", before.fromYear(), details.fromYear())
					.field("toYear", before.toYear(), details.toYear())
					.field("purposes", before.purposes(), details.purposes())
					.field("requirements", before.requirements(), details.requirements())
					.field("funding", before.funding(), details.funding())
					.field("status", before.status(), details.status()));
		this.plans.flush();
	}

	/** Withdraws the plan (never deleted); the reason is required. */
	@Transactional
	public void withdraw(long id, long version, String reason) {
		Plan plan = editablePlan(id, version);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput(List.of(FieldProblem.of("reason", "validation.required")));
		}
		plan.withdraw(reason.strip());
		this.audit.withdrawn(PlanAccess.RECORD, id, plan.getUnitId(), reason.strip());
		this.plans.flush();
	}

	/** Adds a task with its lead and coordinating agencies and its yearly records. */
	@Transactional
	public long addTask(long planId, TaskDetails details, List<Long> leads, List<Long> coordinators) {
		Plan plan = readablePlan(planId);
		this.access.requireEdit(plan);
		return this.writer.addTask(plan, details, leads, coordinators, null).getId();
	}

	/** The units the viewer sees (an administrator may create plans for any of them). */
	public VisibleUnits managedUnits() {
		return this.scope.visibleUnits();
	}

	/**
	 * Whether the viewer may create plans at all: an officer with a unit, or an
	 * administrator.
	 */
	public boolean canCreatePlans() {
		Viewer viewer = CurrentViewer.require();
		return viewer.isAdmin() || (PlanAccess.isOfficer(viewer) && viewer.unitId() != null);
	}

	/**
	 * The units the viewer may create a plan for: their own unit for an officer, every
	 * unit above village level for an administrator (who may also create the national
	 * programme), none for anyone else.
	 */
	public List<UnitView> creatableUnits() {
		Viewer viewer = CurrentViewer.require();
		LocalDate today = LocalDate.now();
		if (viewer.isAdmin()) {
			return this.units.visible(this.scope.visibleUnits(viewer), today)
				.stream()
				.filter((u) -> !u.type().isVillageLevel())
				.toList();
		}
		if (!PlanAccess.isOfficer(viewer) || viewer.unitId() == null) {
			return List.of();
		}
		return this.units.find(viewer.unitId()).stream().toList();
	}

	Plan readablePlan(long id) {
		Plan plan = this.plans.findById(id).orElseThrow(() -> new RecordNotFound(PlanAccess.RECORD, id));
		this.access.requireRead(plan);
		return plan;
	}

	private Plan editablePlan(long id, long version) {
		Plan plan = readablePlan(id);
		this.access.requireEdit(plan);
		if (plan.getVersion() != version) {
			throw new StaleVersion(PlanAccess.RECORD, id);
		}
		return plan;
	}

	private void requireManagedUnit(UnitId unit) {
		Viewer viewer = CurrentViewer.require();
		if (unit == null) {
			if (!viewer.isAdmin()) {
				throw new InvalidInput(List.of(FieldProblem.of("unitId", "validation.required")));
			}
			return;
		}
		if (viewer.isAdmin()) {
			this.scope.requireUnit(unit);
			return;
		}
		if (!PlanAccess.isOfficer(viewer)) {
			throw new org.springframework.security.access.AccessDeniedException("Not an officer");
		}
		if (!unit.equals(viewer.unitId())) {
			throw new InvalidInput(List.of(FieldProblem.of("unitId", "plans.plan.ownUnit")));
		}
	}

	List<Plan> readable() {
		Viewer viewer = CurrentViewer.require();
		List<Plan> all = this.plans.findAll();
		if (viewer.isAdmin()) {
			return all;
		}
		VisibleUnits visible = this.scope.visibleUnits(viewer);
		Set<Long> mine = this.agencies.ofViewer(viewer);
		Set<Long> viaAgency = mine.isEmpty() ? Set.of() : Set.copyOf(this.jdbc.sql("""
				select distinct t.plan_id from pln_task_agency a join pln_task t on t.id = a.task_id
				where a.agency_id in (:mine)""").param("mine", mine).query(Long.class).list());
		return all.stream()
			.filter((p) -> p.getUnitId() == null || visible.contains(p.getUnitId()) || viaAgency.contains(p.getId()))
			.toList();
	}

	private List<HandoverView> handovers(PlanReader.Loaded loaded) {
		Set<Long> ids = loaded.links()
			.stream()
			.map(TaskAgency::getHandoverId)
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet());
		return this.handovers.findAllById(ids)
			.stream()
			.sorted(Comparator.comparing(Handover::getEffectiveDate).thenComparing(Handover::getId))
			.map((h) -> new HandoverView(h.getId(), loaded.ref(h.getFromAgencyId()).name(),
					loaded.ref(h.getToAgencyId()).name(), h.getEffectiveDate(), h.getTaskCount()))
			.toList();
	}

	/** A copied task's year range is kept inside the new plan's period. */
	private static TaskDetails copyFrame(TaskDetails task, PlanDetails plan) {
		TimeFrame f = task.frame();
		if (f.kind() == TimeFrameKind.YEAR_RANGE) {
			f = TimeFrame.years(Math.max(f.from(), plan.fromYear()), Math.min(f.to(), plan.toYear()));
		}
		return new TaskDetails(task.code(), task.groupCode(), task.groupTitle(), task.title(), f, task.dueDay(),
				task.expectedOutput(), task.othersNote());
	}

	static LocalDate today() {
		return LocalDate.now();
	}

}

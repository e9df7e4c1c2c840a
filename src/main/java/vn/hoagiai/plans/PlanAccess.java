package vn.hoagiai.plans;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.Viewer;

/**
 * Who may do what with a plan. Read: the national programme by everyone; a unit's plan by
 * whoever sees the unit, and by the users of a unit whose agency leads or coordinates one
 * of its tasks (now or before). Manage (record progress on any of its tasks): officers
 * who see the unit. Edit (its header, tasks and targets): the owning office, that is
 * officers of the plan's own unit, and administrators. Record a year's progress: the
 * managers, and officers or partners of a unit whose agency leads the task now. A plan
 * the viewer may not read answers as a missing one; a plan they read but may not manage
 * or edit answers 403.
 */
@Component
class PlanAccess {

	static final String RECORD = "Plan";

	private static final Set<Role> OFFICERS = Set.of(Role.ADMIN, Role.PROVINCE_OFFICER, Role.DISTRICT_OFFICER,
			Role.COMMUNE_OFFICER);

	private final UnitScope scope;

	private final Agencies agencies;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	PlanAccess(UnitScope scope, Agencies agencies, JdbcClient jdbc, AuditTrail audit) {
		this.scope = scope;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	boolean canRead(Plan plan) {
		Viewer viewer = CurrentViewer.require();
		if (viewer.isAdmin() || plan.getUnitId() == null
				|| this.scope.visibleUnits(viewer).contains(plan.getUnitId())) {
			return true;
		}
		Set<Long> mine = this.agencies.ofViewer(viewer);
		return !mine.isEmpty() && this.jdbc.sql("""
				select count(*) from pln_task_agency a join pln_task t on t.id = a.task_id
				where t.plan_id = :plan and a.agency_id in (:mine)""")
			.param("plan", plan.getId())
			.param("mine", mine)
			.query(Long.class)
			.single() > 0;
	}

	void requireRead(Plan plan) {
		if (!canRead(plan)) {
			deny(plan);
		}
	}

	boolean canManage(Plan plan) {
		Viewer viewer = CurrentViewer.require();
		if (viewer.isAdmin()) {
			return true;
		}
		return plan.getUnitId() != null && isOfficer(viewer)
				&& this.scope.visibleUnits(viewer).contains(plan.getUnitId());
	}

	void requireManage(Plan plan) {
		requireRead(plan);
		if (!canManage(plan)) {
			throw new AccessDeniedException("Plan " + plan.getId() + " is read-only for this user");
		}
	}

	/** Whether the viewer may edit the plan's header, tasks and targets. */
	boolean canEdit(Plan plan) {
		Viewer viewer = CurrentViewer.require();
		if (viewer.isAdmin()) {
			return true;
		}
		return plan.getUnitId() != null && isOfficer(viewer) && plan.getUnitId().equals(viewer.unitId());
	}

	void requireEdit(Plan plan) {
		requireRead(plan);
		if (!canEdit(plan)) {
			throw new AccessDeniedException("Plan " + plan.getId() + " is edited by its own unit's officers");
		}
	}

	/** Whether the viewer may record progress on a task whose current leads are given. */
	boolean canRecord(Plan plan, Set<Long> currentLeads) {
		if (canManage(plan)) {
			return true;
		}
		Viewer viewer = CurrentViewer.require();
		if (!isOfficer(viewer) && !viewer.has(Role.PARTNER)) {
			return false;
		}
		return this.agencies.ofViewer(viewer).stream().anyMatch(currentLeads::contains);
	}

	static boolean isOfficer(Viewer viewer) {
		return OFFICERS.stream().anyMatch(viewer::has);
	}

	private void deny(Plan plan) {
		this.audit.denied(RECORD, plan.getId(), plan.getUnitId());
		throw new RecordNotFound(RECORD, plan.getId());
	}

}

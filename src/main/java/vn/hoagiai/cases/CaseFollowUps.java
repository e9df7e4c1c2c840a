package vn.hoagiai.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.VietnameseText;
import vn.hoagiai.shared.Viewer;

/**
 * Follow-up of a successful mediation's agreement (Art. 24): checks planned for a day,
 * recorded with their result, and the list of checks that are due.
 */
@Service
@Transactional
@PreAuthorize(CaseService.WORKERS)
public class CaseFollowUps {

	private final CaseLoader loader;

	private final CaseFollowUpRepository followUps;

	private final JdbcClient jdbc;

	private final UnitScope scope;

	private final CaseAccounts accounts;

	private final AuditTrail audit;

	CaseFollowUps(CaseLoader loader, CaseFollowUpRepository followUps, JdbcClient jdbc, UnitScope scope,
			CaseAccounts accounts, AuditTrail audit) {
		this.accounts = accounts;
		this.loader = loader;
		this.followUps = followUps;
		this.jdbc = jdbc;
		this.scope = scope;
		this.audit = audit;
	}

	/** Plans a check of a successful mediation's agreement for a day. */
	public long plan(long id, long version, LocalDate dueOn) {
		MediationCase c = this.loader.openForWrite(id, version);
		List<FieldProblem> problems = new ArrayList<>();
		if (dueOn == null) {
			problems.add(FieldProblem.of("dueOn", "validation.required"));
		}
		if (!c.isClosed() || c.outcome().result() != CaseResult.SUCCESSFUL) {
			problems.add(FieldProblem.of("dueOn", "case.followUp.onlySuccessful"));
		}
		else if (dueOn != null && dueOn.isBefore(c.outcome().closedOn())) {
			problems.add(FieldProblem.of("dueOn", "case.followUp.beforeClosing"));
		}
		InvalidInput.throwIfAny(problems);
		CaseFollowUp planned = this.followUps.save(new CaseFollowUp(id, dueOn));
		c.changed();
		this.audit.created("CaseFollowUp", planned.getId(), c.getUnitId(),
				Changes.of("case", null, id).field("dueOn", null, dueOn));
		return planned.getId();
	}

	/** Records what a planned check found. */
	public void record(long id, long version, long followUpId, LocalDate checkedOn, FollowUpResult result,
			String note) {
		MediationCase c = this.loader.openForWrite(id, version);
		CaseFollowUp check = this.followUps.findById(followUpId)
			.filter((f) -> f.getCaseId() == id)
			.orElseThrow(() -> new RecordNotFound("CaseFollowUp", followUpId));
		List<FieldProblem> problems = new ArrayList<>();
		if (checkedOn == null || checkedOn.isAfter(LocalDate.now())
				|| (c.outcome() != null && checkedOn.isBefore(c.outcome().closedOn()))) {
			problems.add(FieldProblem.of("checkedOn", "case.date.invalid"));
		}
		if (result == null) {
			problems.add(FieldProblem.of("result", "validation.required"));
		}
		if (check.isDone()) {
			problems.add(FieldProblem.of("result", "case.followUp.done"));
		}
		CaseInput.length(problems, "note", note, 2000);
		InvalidInput.throwIfAny(problems);
		check.checked(checkedOn, result, VietnameseText.clean(note));
		c.changed();
		this.audit.updated("CaseFollowUp", followUpId, c.getUnitId(),
				Changes.of("result", null, result).field("checkedOn", null, checkedOn).personal("note", null, note));
	}

	/**
	 * The checks not yet made whose day is at most {@code horizonDays} away, in the
	 * viewer's units, oldest first; rows carry no personal data.
	 */
	@Transactional(readOnly = true)
	public List<DueFollowUp> due(int horizonDays) {
		VisibleUnits visible = this.scope.visibleUnits();
		LocalDate today = LocalDate.now();
		Viewer viewer = CurrentViewer.require();
		Long only = CasePrivacy.assignedRowsOnly(viewer) ? this.accounts.mediatorOf(viewer).orElse(-1L) : null;
		return this.jdbc
			.sql("select f.id, c.id, c.team_id, c.register_year, c.register_number, c.field_code, f.due_on "
					+ "from cas_followup f join cas_case c on c.id = f.case_id where f.checked_on is null "
					+ "and f.due_on <= :horizon" + (visible.all() ? "" : " and c.unit_id in (:visible)")
					+ ((only != null) ? " and exists (select 1 from cas_assignment a where a.case_id = c.id "
							+ "and a.mediator_id = :only)" : "")
					+ " order by f.due_on, f.id limit 500")
			.param("horizon", today.plusDays(horizonDays))
			.param("visible", visible.ids().isEmpty() ? List.of(-1L) : visible.ids())
			.param("only", (only != null) ? only : -1L)
			.query((rs, n) -> {
				LocalDate due = rs.getDate(7).toLocalDate();
				return new DueFollowUp(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5),
						rs.getString(6), due, Math.max(0, ChronoUnit.DAYS.between(due, today)));
			})
			.list();
	}

}

package vn.hoagiai.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.VietnameseText;

/**
 * The course of a case before its outcome: assignment, sessions and the start. Every
 * write carries the version it was based on.
 */
@Service
@Transactional
public class CaseProgress {

	private final CaseLoader loader;

	private final CaseAssignmentRepository assignments;

	private final CaseSessionRepository sessions;

	private final TeamService teams;

	private final AuditTrail audit;

	CaseProgress(CaseLoader loader, CaseAssignmentRepository assignments, CaseSessionRepository sessions,
			TeamService teams, AuditTrail audit) {
		this.loader = loader;
		this.assignments = assignments;
		this.sessions = sessions;
		this.teams = teams;
		this.audit = audit;
	}

	/**
	 * Assigns an active mediator of the case's team who declared no interest (Art. 19);
	 * the first assignment sets the day the 3-day start deadline counts from.
	 */
	@PreAuthorize(CaseService.MANAGERS)
	public void assign(long id, long version, long mediatorId, boolean declaredInterest, LocalDate assignedOn,
			boolean immediateOrAgreedOtherwise) {
		MediationCase c = this.loader.openForWrite(id, version);
		Set<Long> members = this.teams.membership(c.getTeamId()).activeMediatorIds();
		Set<Long> assigned = this.loader.assignments(id)
			.stream()
			.map(CaseAssignment::getMediatorId)
			.collect(Collectors.toSet());
		List<FieldProblem> problems = new ArrayList<>();
		AssignmentRule.check(mediatorId, declaredInterest, members, assigned)
			.forEach((key) -> problems.add(FieldProblem.of("mediatorId", key)));
		LocalDate on = (assignedOn != null) ? assignedOn : LocalDate.now();
		if (on.isBefore(c.details().receivedOn()) || on.isAfter(LocalDate.now())) {
			problems.add(FieldProblem.of("assignedOn", "case.date.invalid"));
		}
		if (c.isClosed()) {
			problems.add(FieldProblem.of("mediatorId", "case.outcome.alreadyClosed"));
		}
		InvalidInput.throwIfAny(problems);
		this.assignments.save(new CaseAssignment(id, mediatorId));
		c.assigned(on, immediateOrAgreedOtherwise);
		c.changed();
		this.audit.updated(CaseService.RECORD, id, c.getUnitId(), Changes.of("mediatorAssigned", null, mediatorId));
	}

	/** Records a session of the mediation; the first one also records the start. */
	@PreAuthorize(CaseService.WORKERS)
	public long addSession(long id, long version, SessionDetails details) {
		MediationCase c = this.loader.openForWrite(id, version);
		List<FieldProblem> problems = new ArrayList<>();
		if (details == null || details.heldOn() == null) {
			problems.add(FieldProblem.of("heldOn", "validation.required"));
		}
		else if (details.heldOn().isBefore(c.details().receivedOn()) || details.heldOn().isAfter(LocalDate.now())) {
			problems.add(FieldProblem.of("heldOn", "case.date.invalid"));
		}
		if (c.isClosed()) {
			problems.add(FieldProblem.of("heldOn", "case.outcome.alreadyClosed"));
		}
		if (details != null) {
			CaseInput.length(problems, "place", details.place(), 300);
			CaseInput.length(problems, "attendees", details.attendees(), 1000);
			CaseInput.length(problems, "invited", details.invited(), 1000);
			CaseInput.length(problems, "notes", details.notes(), 4000);
		}
		InvalidInput.throwIfAny(problems);
		SessionDetails clean = new SessionDetails(details.heldOn(), VietnameseText.clean(details.place()),
				VietnameseText.clean(details.attendees()), VietnameseText.clean(details.invited()),
				VietnameseText.clean(details.notes()));
		CaseSession session = this.sessions.save(new CaseSession(id, clean));
		if (c.getStartedOn() == null) {
			c.started(clean.heldOn());
		}
		c.changed();
		this.audit.created("CaseSession", session.getId(), c.getUnitId(),
				Changes.of("case", null, id)
					.field("heldOn", null, clean.heldOn())
					.personal("notes", null, clean.notes()));
		return session.getId();
	}

	/** Records the day mediation started (Art. 20). */
	@PreAuthorize(CaseService.WORKERS)
	public void recordStart(long id, long version, LocalDate startedOn) {
		MediationCase c = this.loader.openForWrite(id, version);
		List<FieldProblem> problems = new ArrayList<>();
		if (startedOn == null || startedOn.isAfter(LocalDate.now())) {
			problems.add(FieldProblem.of("startedOn", "case.date.invalid"));
		}
		else if (c.getAssignedOn() != null && startedOn.isBefore(c.getAssignedOn())) {
			problems.add(FieldProblem.of("startedOn", "case.start.beforeAssignment"));
		}
		InvalidInput.throwIfAny(problems);
		this.audit.updated(CaseService.RECORD, id, c.getUnitId(), Changes.of("startedOn", c.getStartedOn(), startedOn));
		c.started(startedOn);
	}

}

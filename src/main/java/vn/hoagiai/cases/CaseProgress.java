package vn.hoagiai.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
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
 * The course of a case: assignment, sessions, the start, the outcome and a reopening.
 * Every write carries the version it was based on; closing publishes {@link CaseClosed}.
 */
@Service
@Transactional
@PreAuthorize(CaseService.WRITERS)
public class CaseProgress {

	private final CaseLoader loader;

	private final CaseAssignmentRepository assignments;

	private final CaseSessionRepository sessions;

	private final TeamService teams;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	CaseProgress(CaseLoader loader, CaseAssignmentRepository assignments, CaseSessionRepository sessions,
			TeamService teams, AuditTrail audit, ApplicationEventPublisher events) {
		this.loader = loader;
		this.assignments = assignments;
		this.sessions = sessions;
		this.teams = teams;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Assigns an active mediator of the case's team who declared no interest (Art. 19);
	 * the first assignment sets the day the 3-day start deadline counts from.
	 */
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

	/**
	 * Closes the case with an outcome that meets {@link OutcomeRules}; publishes
	 * {@link CaseClosed}.
	 */
	public void close(long id, long version, CaseOutcome outcome) {
		MediationCase c = this.loader.openForWrite(id, version);
		List<CaseParty> parties = this.loader.parties(id)
			.stream()
			.filter((p) -> p.getRole() == PartyRole.PARTY)
			.toList();
		Map<Long, CaseOutcome.PartyDemand> byParty = outcome.demands()
			.stream()
			.collect(Collectors.toMap(CaseOutcome.PartyDemand::partyId, Function.identity(), (a, b) -> b));
		List<String> demands = parties.stream()
			.map((p) -> byParty.containsKey(p.getId()) ? byParty.get(p.getId()).demands() : null)
			.toList();
		OutcomeRules.Outcome rule = new OutcomeRules.Outcome(outcome.result(), outcome.endReason(), outcome.agreement(),
				outcome.referralBody(), outcome.referralDate(), demands);
		List<FieldProblem> problems = OutcomeRules.check(rule, CaseScope.assess(c.checklist()).excluded(),
				c.isClosed());
		LocalDate closedOn = (outcome.closedOn() != null) ? outcome.closedOn() : LocalDate.now();
		if (closedOn.isBefore(c.details().receivedOn()) || closedOn.isAfter(LocalDate.now())) {
			problems.add(FieldProblem.of("closedOn", "case.date.invalid"));
		}
		InvalidInput.throwIfAny(problems);
		for (CaseParty p : parties) {
			CaseOutcome.PartyDemand d = byParty.get(p.getId());
			if (d != null) {
				p.told(VietnameseText.clean(d.demands()), VietnameseText.clean(d.referredTo()));
			}
		}
		c.close(new CaseOutcome(outcome.result(), outcome.endReason(), VietnameseText.clean(outcome.agreement()),
				VietnameseText.clean(outcome.referralBody()), outcome.referralDate(),
				VietnameseText.clean(outcome.referralNote()), closedOn, List.of()));
		this.audit.updated(CaseService.RECORD, id, c.getUnitId(),
				Changes.of("result", null, outcome.result()).field("endReason", null, outcome.endReason()));
		this.events.publishEvent(new CaseClosed(id, c.getUnitId(), c.getTeamId(), c.details().fieldCode(),
				outcome.result(), c.details().receivedOn(), closedOn));
	}

	/** Opens a closed case again; only with a reason, which is audited. */
	public void reopen(long id, long version, String reason) {
		MediationCase c = this.loader.openForWrite(id, version);
		List<FieldProblem> problems = new ArrayList<>();
		if (reason == null || reason.isBlank()) {
			problems.add(FieldProblem.of("reason", "case.reason.required"));
		}
		if (!c.isClosed()) {
			problems.add(FieldProblem.of("reason", "case.reopen.notClosed"));
		}
		InvalidInput.throwIfAny(problems);
		CaseOutcome before = c.outcome();
		c.reopen();
		this.audit.updated(CaseService.RECORD, id, c.getUnitId(),
				Changes.of("result", before.result(), null).note("reason", VietnameseText.clean(reason)));
	}

}

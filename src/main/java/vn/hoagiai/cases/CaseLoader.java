package vn.hoagiai.cases;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitFiguresChanged;
import vn.hoagiai.shared.Viewer;

/**
 * Loads a case for the current viewer: outside their scope, or a record they may not open
 * ({@link CasePrivacy}), answers 404 like a missing one (and is logged as denied).
 */
@Component
class CaseLoader {

	private final CaseRepository cases;

	private final CasePartyRepository parties;

	private final CaseAssignmentRepository assignments;

	private final CaseSessionRepository sessions;

	private final CaseFollowUpRepository followUps;

	private final CaseAmendmentRepository amendments;

	private final CaseAccounts accounts;

	private final UnitScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	CaseLoader(CaseRepository cases, CasePartyRepository parties, CaseAssignmentRepository assignments,
			CaseSessionRepository sessions, CaseFollowUpRepository followUps, CaseAmendmentRepository amendments,
			CaseAccounts accounts, UnitScope scope, AuditTrail audit, ApplicationEventPublisher events) {
		this.events = events;
		this.cases = cases;
		this.parties = parties;
		this.assignments = assignments;
		this.sessions = sessions;
		this.followUps = followUps;
		this.amendments = amendments;
		this.accounts = accounts;
		this.scope = scope;
		this.audit = audit;
	}

	MediationCase open(long id) {
		MediationCase c = this.cases.findById(id).orElseThrow(() -> new RecordNotFound(CaseService.RECORD, id));
		this.scope.requireVisible(c.getUnitId(), CaseService.RECORD, id);
		Viewer viewer = CurrentViewer.require();
		boolean assigned = this.accounts.mediatorOf(viewer)
			.map((m) -> assignments(id).stream().anyMatch((a) -> a.getMediatorId() == m))
			.orElse(false);
		if (!CasePrivacy.mayOpen(viewer, c.getUnitId(), c.details().privateMediation(), assigned)) {
			this.audit.denied(CaseService.RECORD, id, c.getUnitId());
			throw new RecordNotFound(CaseService.RECORD, id);
		}
		return c;
	}

	/**
	 * The case for a change by the current viewer; every change goes through here, so
	 * here the indicators learn that the figures of the case's unit may change (in the
	 * caller's transaction: a rejected change takes the notice back).
	 */
	MediationCase openForWrite(long id, long version) {
		MediationCase c = open(id);
		if (c.getVersion() != version) {
			throw new StaleVersion(CaseService.RECORD, id);
		}
		this.events.publishEvent(UnitFiguresChanged.units(c.getUnitId()));
		return c;
	}

	List<CaseParty> parties(long caseId) {
		return this.parties.findByCaseIdOrderByPosition(caseId);
	}

	List<CaseAssignment> assignments(long caseId) {
		return this.assignments.findByCaseIdOrderByAssignedAt(caseId);
	}

	CaseView view(MediationCase c) {
		long id = c.getId();
		LocalDate today = LocalDate.now();
		List<CaseParty> partyList = parties(id);
		CaseOutcome outcome = c.outcome();
		if (outcome != null) {
			outcome = new CaseOutcome(outcome.result(), outcome.endReason(), outcome.agreement(),
					outcome.referralBody(), outcome.referralDate(), outcome.referralNote(), outcome.closedOn(),
					partyList.stream()
						.filter((p) -> p.getRole() == PartyRole.PARTY)
						.map((p) -> new CaseOutcome.PartyDemand(p.getId(), p.getDemands(), p.view().referredTo()))
						.toList());
		}
		return new CaseView(id, c.getTeamId(), c.getUnitId(), c.getRegisterYear(), c.getRegisterNumber(), c.getStatus(),
				c.details(), c.checklist(), CaseScope.assess(c.checklist()), c.notification(), c.getAssignedOn(),
				c.isStartImmediate(), c.getStartedOn(),
				StartDeadline.check(c.getAssignedOn(), c.isStartImmediate(), c.getStartedOn(), today), outcome,
				partyList.stream().map(CaseParty::view).toList(),
				assignments(id).stream().map(CaseAssignment::view).toList(),
				this.sessions.findByCaseIdOrderByHeldOn(id)
					.stream()
					.map((s) -> new CaseView.SessionView(s.getId(), s.details()))
					.toList(),
				this.followUps.findByCaseIdOrderByDueOn(id).stream().map((f) -> f.view(today)).toList(),
				this.amendments.findByCaseIdOrderByMadeAt(id).stream().map(CaseAmendment::view).toList(),
				c.getCreatedAt(), c.getVersion());
	}

}

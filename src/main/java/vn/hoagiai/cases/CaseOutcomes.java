package vn.hoagiai.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.VietnameseText;

/**
 * How a case ends (Art. 21–23) and, with a reason, how it opens again. Closing publishes
 * {@link CaseClosed}.
 */
@Service
@Transactional
public class CaseOutcomes {

	private final CaseLoader loader;

	private final CaseFollowUpRepository followUps;

	private final CaseAmendmentRepository amendments;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	CaseOutcomes(CaseLoader loader, CaseFollowUpRepository followUps, CaseAmendmentRepository amendments,
			AuditTrail audit, ApplicationEventPublisher events) {
		this.loader = loader;
		this.followUps = followUps;
		this.amendments = amendments;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Closes the case with an outcome that meets {@link OutcomeRules}; publishes
	 * {@link CaseClosed}.
	 */
	@PreAuthorize(CaseService.WORKERS)
	public void close(long id, long version, CaseOutcome outcome) {
		close(id, version, outcome, null);
	}

	/**
	 * As {@link #close(long, long, CaseOutcome)}; for a successful mediation
	 * {@code followUpDue} plans the first check of how the agreement is carried out.
	 */
	@PreAuthorize(CaseService.WORKERS)
	public void close(long id, long version, CaseOutcome outcome, LocalDate followUpDue) {
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
		checkDates(c, outcome, closedOn, followUpDue, problems);
		checkLengths(outcome, problems);
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
		if (followUpDue != null && outcome.result() == CaseResult.SUCCESSFUL) {
			this.followUps.save(new CaseFollowUp(id, followUpDue));
		}
		this.audit.updated(CaseService.RECORD, id, c.getUnitId(),
				Changes.of("result", null, outcome.result())
					.field("endReason", null, outcome.endReason())
					.field("followUpDue", null, followUpDue));
		this.events.publishEvent(new CaseClosed(id, c.getUnitId(), c.getTeamId(), c.details().fieldCode(),
				outcome.result(), c.details().receivedOn(), closedOn));
	}

	/** Opens a closed case again; only with a reason, which is audited. */
	@PreAuthorize(CaseService.MANAGERS)
	public void reopen(long id, long version, String reason) {
		MediationCase c = this.loader.openForWrite(id, version);
		List<FieldProblem> problems = new ArrayList<>();
		if (reason == null || reason.isBlank()) {
			problems.add(FieldProblem.of("reason", "case.reason.required"));
		}
		CaseInput.length(problems, "reason", reason, 2000);
		if (!c.isClosed()) {
			problems.add(FieldProblem.of("reason", "case.reopen.notClosed"));
		}
		InvalidInput.throwIfAny(problems);
		CaseOutcome before = c.outcome();
		c.reopen();
		String why = VietnameseText.clean(reason);
		this.amendments
			.save(new CaseAmendment(id, CurrentViewer.require().username(), CaseAmendment.Kind.REOPENED, why));
		this.audit.updated(CaseService.RECORD, id, c.getUnitId(),
				Changes.of("result", before.result(), null).note("reason", why));
	}

	private static void checkDates(MediationCase c, CaseOutcome outcome, LocalDate closedOn, LocalDate followUpDue,
			List<FieldProblem> problems) {
		if (closedOn.isBefore(c.details().receivedOn()) || closedOn.isAfter(LocalDate.now())) {
			problems.add(FieldProblem.of("closedOn", "case.date.invalid"));
		}
		if (outcome.referralDate() != null && outcome.referralDate().isBefore(c.details().receivedOn())) {
			problems.add(FieldProblem.of("referralDate", "case.date.invalid"));
		}
		if (followUpDue != null && followUpDue.isBefore(closedOn)) {
			problems.add(FieldProblem.of("followUpDue", "case.followUp.beforeClosing"));
		}
	}

	private static void checkLengths(CaseOutcome outcome, List<FieldProblem> problems) {
		CaseInput.length(problems, "agreement", outcome.agreement(), 4000);
		CaseInput.length(problems, "referralBody", outcome.referralBody(), 300);
		CaseInput.length(problems, "referralNote", outcome.referralNote(), 2000);
		for (int i = 0; i < outcome.demands().size(); i++) {
			CaseOutcome.PartyDemand d = outcome.demands().get(i);
			CaseInput.length(problems, "demands[" + i + "]", d.demands(), 2000);
			CaseInput.length(problems, "demands[" + i + "]", d.referredTo(), 300);
		}
	}

}

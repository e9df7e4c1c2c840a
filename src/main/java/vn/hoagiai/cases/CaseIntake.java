package vn.hoagiai.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.cases.CaseScope.Checklist;
import vn.hoagiai.mediators.TeamMembership;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.mediators.TeamStatus;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.UnitFiguresChanged;

/**
 * Receives cases into a team's register book (Art. 16–17).
 */
@Service
@Transactional
@PreAuthorize(CaseService.MANAGERS)
public class CaseIntake {

	private final CaseRepository cases;

	private final CasePartyRepository parties;

	private final CaseQueries queries;

	private final RegisterNumbers numbers;

	private final IdempotencyKeys keys;

	private final TeamService teams;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	CaseIntake(CaseRepository cases, CasePartyRepository parties, CaseQueries queries, RegisterNumbers numbers,
			IdempotencyKeys keys, TeamService teams, AuditTrail audit, ApplicationEventPublisher events) {
		this.events = events;
		this.cases = cases;
		this.parties = parties;
		this.queries = queries;
		this.numbers = numbers;
		this.keys = keys;
		this.teams = teams;
		this.audit = audit;
	}

	/**
	 * Receives a case for a team the viewer may see: at least two parties, a field from
	 * the list; every problem is reported at once. The register row number is given here
	 * and never changes. The Art. 3 checklist may be ticked already (null: nothing
	 * ticked).
	 */
	public long intake(long teamId, CaseDetails details, Checklist checklist, List<PartyDetails> partyList) {
		return intake(teamId, details, checklist, partyList, null).caseId();
	}

	/**
	 * As {@link #intake(long, CaseDetails, Checklist, List)}; with an idempotency key a
	 * replay creates nothing and answers with the case the first request made, even when
	 * the replays arrive at once. The same key with different content is refused.
	 */
	public IntakeResult intake(long teamId, CaseDetails details, Checklist checklist, List<PartyDetails> partyList,
			String idempotencyKey) {
		String user = CurrentViewer.require().username();
		boolean keyed = idempotencyKey != null && !idempotencyKey.isBlank();
		if (keyed) {
			Optional<Long> first = this.keys.claim(user, idempotencyKey.strip(),
					List.of(teamId, String.valueOf(details), String.valueOf(checklist), String.valueOf(partyList)));
			if (first.isPresent()) {
				return new IntakeResult(first.get(), true);
			}
		}
		long id = create(teamId, details, checklist, partyList);
		if (keyed) {
			this.keys.complete(user, idempotencyKey.strip(), id);
		}
		return new IntakeResult(id, false);
	}

	private long create(long teamId, CaseDetails details, Checklist checklist, List<PartyDetails> partyList) {
		TeamMembership team = this.teams.membership(teamId);
		List<PartyDetails> given = (partyList != null) ? partyList : List.of();
		List<FieldProblem> problems = CaseInput.check(details, given, this.queries::fieldExists);
		if (team.status() != TeamStatus.ACTIVE) {
			problems.add(FieldProblem.of("teamId", "case.team.inactive"));
		}
		InvalidInput.throwIfAny(problems);
		CaseDetails clean = CaseInput.clean(details);
		int year = clean.receivedOn().getYear();
		MediationCase c = this.cases
			.save(new MediationCase(teamId, team.unitId(), clean, year, this.numbers.next(teamId, year)));
		c.applyScope((checklist != null) ? checklist : Checklist.clear(), null);
		for (int i = 0; i < given.size(); i++) {
			this.parties.save(new CaseParty(c.getId(), i + 1, given.get(i)));
		}
		this.audit.created(CaseService.RECORD, c.getId(), team.unitId(),
				Changes.of("team", null, teamId)
					.field("register", null, year + "/" + c.getRegisterNumber())
					.field("field", null, clean.fieldCode())
					.personal("content", null, clean.content())
					.personal("parties", null, given.size())
					.field("scope", null, checklist));
		this.events.publishEvent(UnitFiguresChanged.units(team.unitId()));
		return c.getId();
	}

}

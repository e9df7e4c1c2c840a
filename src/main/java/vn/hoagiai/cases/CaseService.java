package vn.hoagiai.cases;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.cases.CaseScope.Checklist;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.mediators.TeamStatus;
import vn.hoagiai.mediators.TeamMembership;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.VietnameseText;

/**
 * The case register: intake, the case page, the list and edits of the intake and scope
 * check. Every read and write is checked against the viewer's unit scope; a case the
 * viewer may not open answers 404 like a missing one. Writes carry the version they were
 * based on; a closed case changes only with a reason.
 */
@Service
@Transactional(readOnly = true)
public class CaseService {

	static final String RECORD = "MediationCase";

	static final String WRITERS = "hasAnyRole('ADMIN','COMMUNE_OFFICER','DISTRICT_OFFICER','TEAM_LEADER')";

	private final CaseRepository cases;

	private final CasePartyRepository parties;

	private final CaseQueries queries;

	private final CaseLoader loader;

	private final RegisterNumbers numbers;

	private final TeamService teams;

	private final UnitScope scope;

	private final AuditTrail audit;

	CaseService(CaseRepository cases, CasePartyRepository parties, CaseQueries queries, CaseLoader loader,
			RegisterNumbers numbers, TeamService teams, UnitScope scope, AuditTrail audit) {
		this.cases = cases;
		this.parties = parties;
		this.queries = queries;
		this.loader = loader;
		this.numbers = numbers;
		this.teams = teams;
		this.scope = scope;
		this.audit = audit;
	}

	/** Cases in the viewer's units that match the filter; rows carry no personal data. */
	public Page<CaseRow> list(CaseFilter filter, Pageable page) {
		if (filter.unit() != null) {
			this.scope.requireUnit(filter.unit());
		}
		return this.queries.list(filter, this.scope.visibleUnits(), page);
	}

	/** The case page; the read is audited. */
	public CaseView view(long id) {
		MediationCase c = this.loader.open(id);
		this.audit.read(RECORD, id, c.getUnitId());
		return this.loader.view(c);
	}

	/**
	 * Receives a case for a team the viewer may see: at least two parties, a field from
	 * the list; every problem is reported at once. The register row number is given here
	 * and never changes. The Art. 3 checklist may be ticked already (null: nothing
	 * ticked).
	 */
	@Transactional
	@PreAuthorize(WRITERS)
	public long intake(long teamId, CaseDetails details, Checklist checklist, List<PartyDetails> partyList) {
		TeamMembership team = this.teams.membership(teamId);
		List<FieldProblem> problems = CaseInput.check(details, partyList, this.queries::fieldExists);
		if (team.status() != TeamStatus.ACTIVE) {
			problems.add(FieldProblem.of("teamId", "case.team.inactive"));
		}
		InvalidInput.throwIfAny(problems);
		CaseDetails clean = CaseInput.clean(details);
		int year = clean.receivedOn().getYear();
		MediationCase c = this.cases
			.save(new MediationCase(teamId, team.unitId(), clean, year, this.numbers.next(teamId, year)));
		c.applyScope((checklist != null) ? checklist : Checklist.clear(), null);
		for (int i = 0; i < partyList.size(); i++) {
			this.parties.save(new CaseParty(c.getId(), i + 1, partyList.get(i)));
		}
		this.audit.created(RECORD, c.getId(), team.unitId(),
				Changes.of("team", null, teamId)
					.field("register", null, year + "/" + c.getRegisterNumber())
					.field("field", null, clean.fieldCode())
					.personal("content", null, clean.content())
					.personal("parties", null, partyList.size())
					.field("scope", null, checklist));
		return c.getId();
	}

	/**
	 * Edits the intake details, the scope checklist and the notification of a risk of
	 * violence. A null checklist leaves the checklist as it was; the notification is
	 * replaced (null clears it). A closed case changes only with a reason, which is
	 * audited.
	 */
	@Transactional
	@PreAuthorize(WRITERS)
	public void update(long id, long version, CaseDetails details, Checklist checklist, Notification notification,
			String reason) {
		MediationCase c = this.loader.openForWrite(id, version);
		List<FieldProblem> problems = CaseInput.check(details, null, this.queries::fieldExists);
		if (c.isClosed() && (reason == null || reason.isBlank())) {
			problems.add(FieldProblem.of("reason", "case.reason.required"));
		}
		InvalidInput.throwIfAny(problems);
		CaseDetails clean = CaseInput.clean(details);
		CaseDetails before = c.details();
		Checklist scopeBefore = c.checklist();
		Checklist scopeAfter = (checklist != null) ? checklist : scopeBefore;
		Changes changes = Changes.of("receivedOn", before.receivedOn(), clean.receivedOn())
			.field("ground", before.ground(), clean.ground())
			.field("field", before.fieldCode(), clean.fieldCode())
			.personal("content", before.content(), clean.content())
			.field("private", before.privateMediation(), clean.privateMediation())
			.field("domesticViolence", before.domesticViolence(), clean.domesticViolence())
			.field("scope", scopeBefore, scopeAfter)
			.personal("notification", c.notification(), notification);
		c.apply(clean);
		c.applyScope(scopeAfter, notification);
		if (c.isClosed() && !changes.isEmpty()) {
			changes.note("reason", VietnameseText.clean(reason));
		}
		this.audit.updated(RECORD, id, c.getUnitId(), changes);
	}

	/**
	 * How many cases in the viewer's units match the filter; for those who see counts
	 * only.
	 */
	public long count(CaseFilter filter) {
		return list(filter, Pageable.ofSize(1)).getTotalElements();
	}

}

package vn.hoagiai.mediators;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitFiguresChanged;
import vn.hoagiai.shared.UnitId;

/**
 * Mediators: register, edit, move between teams, appoint the leader, dismiss. A mediator
 * belongs to one team at a time and every move is kept. Sensitive fields (ethnicity,
 * phone) reach only the roles that manage the team; every read of them is logged.
 */
@Service
@Transactional(readOnly = true)
public class MediatorService {

	static final String RECORD = "Mediator";

	private final MediatorRepository mediators;

	private final MembershipRepository memberships;

	private final TeamService teams;

	private final MediatorQueries queries;

	private final UnitScope scope;

	private final Ethnicities ethnicities;

	private final AuditTrail audit;

	private final OwnRecords own;

	private final ApplicationEventPublisher events;

	MediatorService(MediatorRepository mediators, MembershipRepository memberships, TeamService teams,
			MediatorQueries queries, UnitScope scope, Ethnicities ethnicities, AuditTrail audit, OwnRecords own,
			ApplicationEventPublisher events) {
		this.own = own;
		this.events = events;
		this.mediators = mediators;
		this.memberships = memberships;
		this.teams = teams;
		this.queries = queries;
		this.scope = scope;
		this.ethnicities = ethnicities;
		this.audit = audit;
	}

	/**
	 * A page of mediators. Lists never carry ethnicity or phone (domain.md: mask personal
	 * data in lists that do not need it); the record page shows them to those who may see
	 * them, and logs the read.
	 */
	public Page<MediatorRow> list(MediatorFilter filter, Pageable page) {
		if (filter.unit() != null) {
			this.scope.requireUnit(filter.unit());
		}
		return this.queries.list(ownTeamOnly(filter), this.scope.visibleUnits(), page);
	}

	/** A team leader's or mediator's lists hold their own team only. */
	private MediatorFilter ownTeamOnly(MediatorFilter filter) {
		return this.own.onlyTeam(CurrentViewer.require())
			.map((team) -> new MediatorFilter(filter.unit(),
					(filter.teamId() == null || filter.teamId().equals(team)) ? team : OwnRecords.NO_TEAM, filter.q(),
					filter.active()))
			.orElse(filter);
	}

	public MediatorView view(long id) {
		Mediator mediator = load(id);
		this.scope.requireVisible(mediator.getUnitId(), RECORD, id);
		this.own.requireMediator(CurrentViewer.require(), id, mediator.getTeamId(), mediator.getUnitId());
		boolean personal = PersonalData.visibleTo(CurrentViewer.require());
		MediatorDetails d = mediator.details();
		String ethnicityName = null;
		if (personal) {
			ethnicityName = this.ethnicities.byCode(d.ethnicityCode()).map(Ethnicity::name).orElse(null);
			this.audit.read(RECORD, id, mediator.getUnitId());
		}
		else {
			d = new MediatorDetails(d.fullName(), d.sex(), d.birthYear(), null, null, d.residence(), d.occupation(),
					d.background(), d.legalTraining(), d.election(), d.recognitionNumber(), d.recognitionDate(),
					d.termStart(), d.termEnd());
		}
		List<Membership> stretches = this.memberships.findByMediatorIdOrderByFromDateDesc(id);
		Map<Long, String> teamNames = this.teams.names(stretches.stream().map(Membership::getTeamId).toList());
		List<MembershipView> history = stretches.stream()
			.map((m) -> new MembershipView(m.getTeamId(), teamNames.get(m.getTeamId()), m.getRole(), m.getFromDate(),
					m.getToDate(), m.getNote()))
			.toList();
		String teamName = (mediator.getTeamId() != null) ? this.teams.load(mediator.getTeamId()).getName() : null;
		return new MediatorView(id, d, ethnicityName, mediator.getStatus(), mediator.getDismissalGround(),
				mediator.getDismissalDecision(), mediator.getDismissalDate(), mediator.getTeamId(), teamName,
				mediator.getTeamRole(), mediator.getUnitId(), mediator.getVersion(), history, personal,
				personal ? mediator.getUsername() : null);
	}

	/**
	 * Registers a mediator in a team from {@code joined}; a leader replaces the current
	 * one.
	 */
	@Transactional
	@PreAuthorize(TeamService.WRITERS)
	public long create(MediatorDetails details, long teamId, TeamRole role, LocalDate joined) {
		MediationTeam team = activeTeam(teamId);
		long id = createIn(team, details, role, joined);
		this.events.publishEvent(UnitFiguresChanged.units(team.getUnitId()));
		return id;
	}

	private long createIn(MediationTeam team, MediatorDetails details, TeamRole role, LocalDate joined) {
		List<FieldProblem> problems = new ArrayList<>(MediatorRules.check(details, this.ethnicities, Year.now()));
		if (joined == null || joined.isAfter(LocalDate.now())) {
			problems.add(FieldProblem.of("joined", "mediator.joined.invalid"));
		}
		InvalidInput.throwIfAny(problems);
		Mediator mediator = this.mediators.save(new Mediator(details, team.getUnitId()));
		join(mediator, team, (role != null) ? role : TeamRole.MEMBER, joined, null);
		this.audit.created(RECORD, mediator.getId(), team.getUnitId(), changes(null, details));
		return mediator.getId();
	}

	/**
	 * Registers many mediators in one transaction: all or none. Each row is checked as
	 * {@link #create} checks it; the first problem aborts everything.
	 */
	@Transactional
	@PreAuthorize(TeamService.WRITERS)
	public int register(List<NewMediator> rows) {
		// Each team is loaded and its scope checked once, not once per row.
		java.util.Map<Long, MediationTeam> teams = new java.util.HashMap<>();
		for (NewMediator row : rows) {
			MediationTeam team = teams.computeIfAbsent(row.teamId(), this::activeTeam);
			createIn(team, row.details(), row.role(), row.joined());
		}
		this.events
			.publishEvent(UnitFiguresChanged.units(teams.values().stream().map(MediationTeam::getUnitId).toList()));
		return rows.size();
	}

	/** Full records of the listed mediators, one page at a time, for an export. */
	public List<MediatorRecord> records(MediatorFilter filter, Pageable page) {
		boolean personal = PersonalData.visibleTo(CurrentViewer.require());
		return this.queries.records(ownTeamOnly(filter), this.scope.visibleUnits(), personal, page);
	}

	/**
	 * The active mediators of the given teams (the caller has checked the teams' scope).
	 */
	public List<TeamMember> activeMembers(java.util.Collection<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return this.queries.activeMembers(teamIds);
	}

	@Transactional
	@PreAuthorize(TeamService.WRITERS)
	public void update(long id, long version, MediatorDetails details) {
		Mediator mediator = loadForWrite(id, version);
		InvalidInput.throwIfAny(MediatorRules.check(details, this.ethnicities, Year.now()));
		Changes changes = changes(mediator.details(), details);
		mediator.apply(details);
		this.audit.updated(RECORD, id, mediator.getUnitId(), changes);
		this.events.publishEvent(UnitFiguresChanged.mediatorIn(id, mediator.getUnitId()));
	}

	/**
	 * Moves the mediator to another team from {@code date}; the old membership is closed.
	 */
	@Transactional
	@PreAuthorize(TeamService.WRITERS)
	public void move(long id, long version, long teamId, TeamRole role, LocalDate date, String note) {
		Mediator mediator = loadForWrite(id, version);
		MediationTeam team = activeTeam(teamId);
		if (date == null || date.isAfter(LocalDate.now())) {
			throw new InvalidInput(List.of(FieldProblem.of("date", "mediator.joined.invalid")));
		}
		if (team.getId().equals(mediator.getTeamId())) {
			throw BusinessRuleViolation.onField("teamId", "mediator.error.sameTeam");
		}
		Long from = mediator.getTeamId();
		UnitId fromUnit = mediator.getUnitId();
		closeMembership(id, date);
		join(mediator, team, (role != null) ? role : TeamRole.MEMBER, date, note);
		this.audit.updated(RECORD, id, team.getUnitId(), Changes.of("team", from, teamId));
		this.events.publishEvent(UnitFiguresChanged.mediatorIn(id, fromUnit, team.getUnitId()));
	}

	/** Makes the mediator their team's leader; the previous leader becomes a member. */
	@Transactional
	@PreAuthorize(TeamService.WRITERS)
	public void appointLeader(long id, LocalDate date) {
		Mediator mediator = load(id);
		this.scope.requireVisible(mediator.getUnitId(), RECORD, id);
		if (mediator.getTeamId() == null || mediator.getStatus() != MediatorStatus.ACTIVE) {
			throw new BusinessRuleViolation("mediator.error.noTeam");
		}
		LocalDate from = (date != null) ? date : LocalDate.now();
		for (Mediator other : this.mediators.findByTeamIdOrderByFullName(mediator.getTeamId())) {
			if (other.getTeamRole() == TeamRole.LEADER && !other.getId().equals(id)) {
				changeRole(other, TeamRole.MEMBER, from);
			}
		}
		changeRole(mediator, TeamRole.LEADER, from);
		this.events.publishEvent(UnitFiguresChanged.units(mediator.getUnitId()));
	}

	/** Dismisses the mediator on a legal ground (Art. 11); their membership ends. */
	@Transactional
	@PreAuthorize(TeamService.WRITERS)
	public void dismiss(long id, long version, DismissalGround ground, String decision, LocalDate date) {
		Mediator mediator = loadForWrite(id, version);
		List<FieldProblem> problems = new ArrayList<>();
		if (ground == null) {
			problems.add(FieldProblem.of("ground", "validation.required"));
		}
		if (decision == null || decision.isBlank()) {
			problems.add(FieldProblem.of("decision", "validation.required"));
		}
		if (date == null || date.isAfter(LocalDate.now())) {
			problems.add(FieldProblem.of("date", "mediator.dismissal.date"));
		}
		InvalidInput.throwIfAny(problems);
		closeMembership(id, date);
		UnitId unit = mediator.getUnitId();
		mediator.dismiss(ground, decision, date);
		this.events.publishEvent(UnitFiguresChanged.mediatorIn(id, unit));
		this.audit.withdrawn(RECORD, id, mediator.getUnitId(), ground + " " + decision);
	}

	private void changeRole(Mediator mediator, TeamRole role, LocalDate from) {
		if (mediator.getTeamRole() == role) {
			return;
		}
		closeMembership(mediator.getId(), from);
		this.memberships.save(new Membership(mediator.getId(), mediator.getTeamId(), role, from, null));
		TeamRole before = mediator.getTeamRole();
		mediator.changeRole(role);
		this.audit.updated(RECORD, mediator.getId(), mediator.getUnitId(), Changes.of("role", before, role));
	}

	private void join(Mediator mediator, MediationTeam team, TeamRole role, LocalDate from, String note) {
		if (role == TeamRole.LEADER) {
			for (Mediator other : this.mediators.findByTeamIdOrderByFullName(team.getId())) {
				if (other.getTeamRole() == TeamRole.LEADER) {
					changeRole(other, TeamRole.MEMBER, from);
				}
			}
		}
		mediator.joinTeam(team.getId(), team.getUnitId(), role);
		this.memberships.save(new Membership(mediator.getId(), team.getId(), role, from, note));
	}

	private void closeMembership(long mediatorId, LocalDate date) {
		this.memberships.findByMediatorIdAndToDateIsNull(mediatorId).ifPresent((m) -> {
			if (date.isBefore(m.getFromDate())) {
				throw BusinessRuleViolation.onField("date", "mediator.error.beforeMembership", m.getFromDate());
			}
			m.end(date);
		});
	}

	private MediationTeam activeTeam(long teamId) {
		MediationTeam team = this.teams.load(teamId);
		this.scope.requireVisible(team.getUnitId(), TeamService.RECORD, teamId);
		if (!team.isActive()) {
			throw BusinessRuleViolation.onField("teamId", "team.error.dissolved");
		}
		return team;
	}

	private Mediator load(long id) {
		return this.mediators.findById(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
	}

	private Mediator loadForWrite(long id, long version) {
		Mediator mediator = load(id);
		this.scope.requireVisible(mediator.getUnitId(), RECORD, id);
		if (mediator.getVersion() != version) {
			throw new StaleVersion(RECORD, id);
		}
		return mediator;
	}

	private static Changes changes(MediatorDetails before, MediatorDetails after) {
		MediatorDetails old = (before != null) ? before : new MediatorDetails(null, null, null, null, null, null, null,
				null, null, null, null, null, null, null);
		Election oldElection = (old.election() != null) ? old.election() : new Election(null, null, null, null);
		Election newElection = (after.election() != null) ? after.election() : new Election(null, null, null, null);
		return Changes.of("fullName", old.fullName(), after.fullName())
			.field("sex", old.sex(), after.sex())
			.field("birthYear", old.birthYear(), after.birthYear())
			.personal("ethnicity", old.ethnicityCode(), after.ethnicityCode())
			.personal("phone", old.phone(), after.phone())
			.field("residence", old.residence(), after.residence())
			.field("occupation", old.occupation(), after.occupation())
			.field("background", old.background(), after.background())
			.field("legalTraining", old.legalTraining(), after.legalTraining())
			.field("election", oldElection, newElection)
			.field("recognitionNumber", old.recognitionNumber(), after.recognitionNumber())
			.field("recognitionDate", old.recognitionDate(), after.recognitionDate())
			.field("termStart", old.termStart(), after.termStart())
			.field("termEnd", old.termEnd(), after.termEnd());
	}

}

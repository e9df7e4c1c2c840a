package vn.hoagiai.mediators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.mediators.TeamComposition.Member;
import vn.hoagiai.mediators.TeamComposition.Result;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitFiguresChanged;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.VietnameseText;

/**
 * Mediation teams: register, edit, dissolve, recognise as a typical model, review yearly.
 * Every read and write is checked against the viewer's unit scope.
 */
@Service
@Transactional(readOnly = true)
public class TeamService {

	static final String RECORD = "MediationTeam";

	static final String WRITERS = "hasAnyRole('ADMIN','COMMUNE_OFFICER','DISTRICT_OFFICER')";

	private final MediationTeamRepository teams;

	private final MediatorRepository mediators;

	private final TeamReviewRepository reviews;

	private final TeamQueries queries;

	private final UnitScope scope;

	private final UnitDirectory units;

	private final Ethnicities ethnicities;

	private final AuditTrail audit;

	private final OwnRecords own;

	private final ApplicationEventPublisher events;

	TeamService(MediationTeamRepository teams, MediatorRepository mediators, TeamReviewRepository reviews,
			TeamQueries queries, UnitScope scope, UnitDirectory units, Ethnicities ethnicities, AuditTrail audit,
			OwnRecords own, ApplicationEventPublisher events) {
		this.own = own;
		this.events = events;
		this.teams = teams;
		this.mediators = mediators;
		this.reviews = reviews;
		this.queries = queries;
		this.scope = scope;
		this.units = units;
		this.ethnicities = ethnicities;
		this.audit = audit;
	}

	public Page<TeamRow> list(TeamFilter filter, Pageable page) {
		if (filter.unit() != null) {
			this.scope.requireUnit(filter.unit());
		}
		return this.queries.list(filter, this.scope.visibleUnits(),
				this.own.onlyTeam(CurrentViewer.require()).orElse(null), page);
	}

	public TeamView view(long id) {
		MediationTeam team = load(id);
		UnitView village = this.scope.requireUnit(team.getUnitId());
		this.own.requireTeam(CurrentViewer.require(), id, team.getUnitId());
		boolean personal = PersonalData.visibleTo(CurrentViewer.require());
		List<MemberView> members = new ArrayList<>();
		for (Mediator m : this.mediators.findByTeamIdOrderByFullName(id)) {
			if (m.getStatus() != MediatorStatus.ACTIVE) {
				continue;
			}
			MediatorDetails d = m.details();
			boolean minority = this.ethnicities.byCode(d.ethnicityCode()).map(Ethnicity::minority).orElse(false);
			String ethnicity = personal ? this.ethnicities.byCode(d.ethnicityCode()).map(Ethnicity::name).orElse(null)
					: null;
			members.add(new MemberView(m.getId(), d.fullName(), d.sex(), d.birthYear(), ethnicity, minority,
					m.getTeamRole(), d.background()));
		}
		Result composition = TeamComposition.check(new TeamComposition.Team(ethnicArea(village), team.getQuota(),
				members.stream().map((m) -> new Member(m.sex(), m.ethnicMinority(), m.role())).toList()));
		List<ReviewView> history = this.reviews.findByTeamIdOrderByYearDesc(id)
			.stream()
			.map((r) -> new ReviewView(r.getYear(), r.getDate(), r.getChanges(), r.isMeetsLaw(), r.getReviewer()))
			.toList();
		if (personal) {
			this.audit.read(RECORD, id, team.getUnitId());
		}
		return new TeamView(id, team.getUnitId(), village.name(), ethnicArea(village), team.details(), team.getStatus(),
				team.getDissolvedOn(), team.getDissolutionReason(), team.isTypicalModel(),
				team.getTypicalModelDecision(), team.getTypicalModelYear(), team.getVersion(), members, composition,
				history);
	}

	/**
	 * The team's village, status and current mediators, checked against the viewer's
	 * scope. Unlike {@link #view} it reads no personal data, so nothing is logged.
	 */
	public TeamMembership membership(long id) {
		MediationTeam team = load(id);
		this.scope.requireVisible(team.getUnitId(), RECORD, id);
		Set<Long> active = this.mediators.findByTeamIdOrderByFullName(id)
			.stream()
			.filter((m) -> m.getStatus() == MediatorStatus.ACTIVE)
			.map(Mediator::getId)
			.collect(Collectors.toSet());
		return new TeamMembership(id, team.getUnitId(), team.getStatus(), active);
	}

	/** Registers a team for a village or residential group the viewer manages. */
	@Transactional
	@PreAuthorize(WRITERS)
	public long create(UnitId village, TeamDetails details) {
		UnitView unit = this.scope.requireUnit(village);
		List<FieldProblem> problems = check(details);
		if (!unit.type().isVillageLevel()) {
			problems.add(FieldProblem.of("unitId", "team.unit.notVillage"));
		}
		InvalidInput.throwIfAny(problems);
		MediationTeam team = this.teams.save(new MediationTeam(village, details));
		this.audit.created(RECORD, team.getId(), village, changes(null, details));
		this.events.publishEvent(UnitFiguresChanged.units(village));
		return team.getId();
	}

	@Transactional
	@PreAuthorize(WRITERS)
	public void update(long id, long version, TeamDetails details) {
		MediationTeam team = loadForWrite(id, version);
		InvalidInput.throwIfAny(check(details));
		Changes changes = changes(team.details(), details);
		team.apply(details);
		this.audit.updated(RECORD, id, team.getUnitId(), changes);
		this.events.publishEvent(UnitFiguresChanged.units(team.getUnitId()));
	}

	@Transactional
	@PreAuthorize(WRITERS)
	public void dissolve(long id, long version, LocalDate date, String reason) {
		MediationTeam team = loadForWrite(id, version);
		List<FieldProblem> problems = new ArrayList<>();
		if (date == null) {
			problems.add(FieldProblem.of("date", "validation.required"));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(FieldProblem.of("reason", "validation.required"));
		}
		InvalidInput.throwIfAny(problems);
		if (!this.mediators.findByTeamIdOrderByFullName(id).isEmpty()) {
			throw new BusinessRuleViolation("team.error.hasMembers");
		}
		team.dissolve(date, reason);
		this.audit.withdrawn(RECORD, id, team.getUnitId(), reason);
		this.events.publishEvent(UnitFiguresChanged.units(team.getUnitId()));
	}

	@Transactional
	@PreAuthorize(WRITERS)
	public void recogniseTypicalModel(long id, long version, String decision, Integer year) {
		MediationTeam team = loadForWrite(id, version);
		List<FieldProblem> problems = new ArrayList<>();
		if (decision == null || decision.isBlank()) {
			problems.add(FieldProblem.of("decision", "validation.required"));
		}
		if (year == null || year < 2000 || year > LocalDate.now().getYear()) {
			problems.add(FieldProblem.of("year", "team.typicalModel.year"));
		}
		InvalidInput.throwIfAny(problems);
		team.recogniseTypicalModel(decision, year);
		this.audit.updated(RECORD, id, team.getUnitId(),
				Changes.of("typicalModel", false, true)
					.field("typicalModelDecision", null, decision)
					.field("typicalModelYear", null, year));
		this.events.publishEvent(UnitFiguresChanged.units(team.getUnitId()));
	}

	/** Records this year's review; the result is the composition rules applied now. */
	@Transactional
	@PreAuthorize(WRITERS)
	public void review(long id, LocalDate date, String changes, String reviewer) {
		MediationTeam team = load(id);
		this.scope.requireVisible(team.getUnitId(), RECORD, id);
		List<FieldProblem> problems = new ArrayList<>();
		if (date == null || date.isAfter(LocalDate.now())) {
			problems.add(FieldProblem.of("date", "team.review.dateInvalid"));
		}
		else if (this.reviews.existsByTeamIdAndYear(id, date.getYear())) {
			problems.add(FieldProblem.of("date", "team.review.duplicate", date.getYear()));
		}
		if (reviewer == null || reviewer.isBlank()) {
			problems.add(FieldProblem.of("reviewer", "validation.required"));
		}
		InvalidInput.throwIfAny(problems);
		boolean meetsLaw = compliance(team).meetsLaw();
		TeamReview review = this.reviews.save(new TeamReview(id, date, VietnameseText.clean(changes), meetsLaw,
				VietnameseText.clean(reviewer), CurrentViewer.require().username()));
		this.audit.created("TeamReview", review.getId(), team.getUnitId(),
				Changes.of("year", null, date.getYear()).field("meetsLaw", null, meetsLaw));
	}

	/**
	 * How many active teams sit in the given units (the caller has checked the units'
	 * scope); one SQL count.
	 */
	public long countActiveTeams(java.util.Collection<Long> unitIds) {
		return this.queries.countActive(unitIds);
	}

	/** The composition rules applied to the team's active mediators today. */
	Result compliance(MediationTeam team) {
		UnitView village = this.scope.requireUnit(team.getUnitId());
		List<Member> facts = this.mediators.findByTeamIdOrderByFullName(team.getId())
			.stream()
			.filter((m) -> m.getStatus() == MediatorStatus.ACTIVE)
			.map((m) -> new Member(m.details().sex(),
					this.ethnicities.byCode(m.details().ethnicityCode()).map(Ethnicity::minority).orElse(false),
					m.getTeamRole()))
			.toList();
		return TeamComposition.check(new TeamComposition.Team(ethnicArea(village), team.getQuota(), facts));
	}

	/**
	 * A village is in an ethnic-minority area when it or its commune is flagged (Art.
	 * 12).
	 */
	private boolean ethnicArea(UnitView village) {
		if (village.flags().ethnicMinorityArea()) {
			return true;
		}
		return village.parentId() != null && this.units.find(village.parentId())
			.map((parent) -> parent.flags().ethnicMinorityArea())
			.orElse(false);
	}

	/** Team names by id, in one query. */
	Map<Long, String> names(Collection<Long> ids) {
		return this.teams.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(MediationTeam::getId, MediationTeam::getName));
	}

	MediationTeam load(long id) {
		return this.teams.findById(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
	}

	private MediationTeam loadForWrite(long id, long version) {
		MediationTeam team = load(id);
		this.scope.requireVisible(team.getUnitId(), RECORD, id);
		if (team.getVersion() != version) {
			throw new StaleVersion(RECORD, id);
		}
		return team;
	}

	private static List<FieldProblem> check(TeamDetails details) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = VietnameseText.clean(details.name());
		if (name == null || name.isEmpty()) {
			problems.add(FieldProblem.of("name", "validation.required"));
		}
		else if (name.length() > 200) {
			problems.add(FieldProblem.of("name", "validation.tooLong", 200));
		}
		if (details.quota() != null && (details.quota() < TeamComposition.MINIMUM || details.quota() > 50)) {
			problems.add(FieldProblem.of("quota", "team.quota.range", TeamComposition.MINIMUM, 50));
		}
		if (details.decisionDate() != null && details.decisionDate().isAfter(LocalDate.now())) {
			problems.add(FieldProblem.of("decisionDate", "validation.future"));
		}
		return problems;
	}

	private static Changes changes(TeamDetails before, TeamDetails after) {
		TeamDetails old = (before != null) ? before : new TeamDetails(null, null, null, null, null);
		return Changes.of("name", old.name(), VietnameseText.clean(after.name()))
			.field("decisionNumber", old.decisionNumber(), after.decisionNumber())
			.field("decisionDate", old.decisionDate(), after.decisionDate())
			.field("decisionSigner", old.decisionSigner(), after.decisionSigner())
			.field("quota", old.quota(), after.quota());
	}

}

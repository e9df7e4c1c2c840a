package vn.hoagiai.mediators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;

/**
 * Trainers (tập huấn viên) of province- and district-level units: register, edit,
 * deactivate and reactivate (never delete), and the national target of trainers per team.
 * Officers and administrators manage trainers within their unit scope; partners and
 * trainers read. Every read and write is checked against the viewer's scope.
 */
@Service
@Transactional(readOnly = true)
public class TrainerService {

	static final String RECORD = "Trainer";

	static final String READERS = "hasAnyRole('ADMIN','PROVINCE_OFFICER','DISTRICT_OFFICER','COMMUNE_OFFICER',"
			+ "'PARTNER','TRAINER')";

	static final String WRITERS = "hasAnyRole('ADMIN','PROVINCE_OFFICER','DISTRICT_OFFICER','COMMUNE_OFFICER')";

	private final TrainerRepository trainers;

	private final TrainerQueries queries;

	private final TrainerAreas areas;

	private final TeamService teams;

	private final UnitScope scope;

	private final AuditTrail audit;

	TrainerService(TrainerRepository trainers, TrainerQueries queries, TrainerAreas areas, TeamService teams,
			UnitScope scope, AuditTrail audit) {
		this.trainers = trainers;
		this.queries = queries;
		this.areas = areas;
		this.teams = teams;
		this.scope = scope;
		this.audit = audit;
	}

	/** Trainers the viewer may see, filtered, by name. */
	@PreAuthorize(READERS)
	public Page<TrainerRow> list(TrainerFilter filter, Pageable page) {
		Set<Long> area = (filter.unit() != null) ? this.areas.area(this.scope.requireUnit(filter.unit())) : null;
		return this.queries.list(filter, this.scope.visibleUnits(), area, page);
	}

	/** One trainer; a trainer outside the viewer's scope answers as a missing one. */
	@PreAuthorize(READERS)
	public TrainerView view(long id) {
		Trainer trainer = load(id);
		UnitView unit = this.scope.requireUnit(trainer.getUnitId());
		TrainerDetails details = trainer.details();
		String agency = (details.agencyId() != null) ? this.areas.agenciesOf(trainer.getUnitId())
			.stream()
			.filter((a) -> a.id() == details.agencyId())
			.map(AgencyView::name)
			.findFirst()
			.orElse(details.agencyName()) : details.agencyName();
		return new TrainerView(id, unit.id(), unit.name(), details, agency, trainer.getVersion());
	}

	/** The visible units trainers may belong to, with their agencies. */
	@PreAuthorize(READERS)
	public List<TrainerUnit> units() {
		return this.areas.choices(this.scope.visibleUnits());
	}

	/**
	 * The target applied to {@code unit} today: active teams below it against active
	 * trainers at or below it (and in the units that passed to it).
	 */
	@PreAuthorize(READERS)
	public UnitTrainerRatio ratio(UnitId unit) {
		UnitView view = this.scope.requireUnit(unit);
		Set<Long> area = this.areas.area(view);
		Map<TrainerLevel, Long> counts = this.queries.activeByLevel(area);
		long province = counts.get(TrainerLevel.PROVINCE);
		long district = counts.get(TrainerLevel.DISTRICT);
		Set<TrainerLevel> targets = TrainerRatio.targetsFor(view.type().level(), TrainerAreas.lastDay(view), district);
		return new UnitTrainerRatio(view.id(), view.name(),
				TrainerRatio.of(this.teams.countActiveTeams(area), province, district, targets));
	}

	/** Registers an active trainer of a visible province- or district-level unit. */
	@Transactional
	@PreAuthorize(WRITERS)
	public long create(UnitId unit, TrainerDetails details) {
		UnitView view = this.scope.requireUnit(unit);
		TrainerDetails active = withActive(details, true);
		InvalidInput.throwIfAny(check(view, active));
		Trainer trainer = this.trainers.save(new Trainer(unit, active));
		this.audit.created(RECORD, trainer.getId(), unit, changes(null, active));
		return trainer.getId();
	}

	/** Edits the trainer's facts; whether they are active is left as it is. */
	@Transactional
	@PreAuthorize(WRITERS)
	public void update(long id, long version, TrainerDetails details) {
		Trainer trainer = loadForWrite(id, version);
		TrainerDetails after = withActive(details, trainer.details().active());
		InvalidInput.throwIfAny(check(this.scope.requireUnit(trainer.getUnitId()), after));
		Changes changes = changes(trainer.details(), after);
		trainer.apply(after);
		this.audit.updated(RECORD, id, trainer.getUnitId(), changes);
	}

	@Transactional
	@PreAuthorize(WRITERS)
	public void deactivate(long id, long version) {
		setActive(id, version, false);
	}

	@Transactional
	@PreAuthorize(WRITERS)
	public void reactivate(long id, long version) {
		setActive(id, version, true);
	}

	private void setActive(long id, long version, boolean active) {
		Trainer trainer = loadForWrite(id, version);
		boolean before = trainer.details().active();
		if (before != active) {
			trainer.apply(withActive(trainer.details(), active));
			this.audit.updated(RECORD, id, trainer.getUnitId(), Changes.of("active", before, active));
		}
	}

	private List<FieldProblem> check(UnitView unit, TrainerDetails details) {
		List<FieldProblem> problems = new ArrayList<>(TrainerRules.check(details));
		int level = unit.type().level();
		if (level > 2) {
			problems.add(FieldProblem.of("unitId", "trainer.unit.level"));
		}
		else if (details.level() != null
				&& details.level() != (level == 1 ? TrainerLevel.PROVINCE : TrainerLevel.DISTRICT)) {
			problems.add(FieldProblem.of("level", "trainer.level.mismatch"));
		}
		if (details.agencyId() != null
				&& this.areas.agenciesOf(unit.id()).stream().noneMatch((a) -> a.id() == details.agencyId())) {
			problems.add(FieldProblem.of("agencyId", "trainer.agency.otherUnit"));
		}
		return problems;
	}

	private Trainer load(long id) {
		return this.trainers.findById(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
	}

	private Trainer loadForWrite(long id, long version) {
		Trainer trainer = load(id);
		this.scope.requireVisible(trainer.getUnitId(), RECORD, id);
		if (trainer.getVersion() != version) {
			throw new StaleVersion(RECORD, id);
		}
		return trainer;
	}

	private static TrainerDetails withActive(TrainerDetails d, boolean active) {
		return new TrainerDetails(d.fullName(), d.agencyId(), d.agencyName(), d.background(), d.level(), d.topics(),
				active);
	}

	private static Changes changes(TrainerDetails before, TrainerDetails after) {
		TrainerDetails old = (before != null) ? before : new TrainerDetails(null, null, null, null, null, null, false);
		return Changes.of("fullName", old.fullName(), after.fullName())
			.field("agencyId", old.agencyId(), after.agencyId())
			.field("agencyName", old.agencyName(), after.agencyName())
			.field("background", old.background(), after.background())
			.field("level", old.level(), after.level())
			.field("topics", old.topics(), after.topics())
			.field("active", old.active(), after.active());
	}

}

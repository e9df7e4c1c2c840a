package vn.hoagiai.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;

/**
 * Good-mediator contests (task 7.2 of the plan): list, plan, edit, withdraw with a
 * reason, and when each unit's next one is due. Read like training events (the viewer's
 * scope and the units above it); changed only inside the viewer's scope, with a version
 * check; every change audited.
 */
@Service
@Transactional(readOnly = true)
public class ContestService {

	static final String RECORD = "Contest";

	/** Who organises contests: the same people as training. */
	public static final String WRITERS = TrainingEventService.WRITERS;

	private final ContestRepository contests;

	private final ContestParts parts;

	private final ContestQueries queries;

	private final EventScope scope;

	private final UnitScope units;

	private final UnitDirectory directory;

	private final AuditTrail audit;

	private final ContestSettings settings;

	private final TrainingSettings training;

	private final EntityManager entities;

	ContestService(ContestRepository contests, ContestParts parts, ContestQueries queries, EventScope scope,
			UnitScope units, UnitDirectory directory, AuditTrail audit, ContestSettings settings,
			TrainingSettings training, EntityManager entities) {
		this.contests = contests;
		this.parts = parts;
		this.queries = queries;
		this.scope = scope;
		this.units = units;
		this.directory = directory;
		this.audit = audit;
		this.settings = settings;
		this.training = training;
		this.entities = entities;
	}

	/** Each unit holds or takes part in a contest at least once in this many years. */
	public int intervalYears() {
		return this.settings.intervalYears();
	}

	public Page<ContestRow> list(ContestFilter filter, Pageable page) {
		return this.queries.list(filter, this.scope.readable(), page);
	}

	/**
	 * For each province, district-level and commune-level unit of the viewer's scope that
	 * exists today: its last contest year and when the next is due, overdue first. A
	 * contest of a unit that no longer exists counts for the unit that carries its
	 * records.
	 */
	public List<ContestDue> schedule() {
		LocalDate today = LocalDate.now();
		List<UnitView> visible = this.directory.visible(this.units.visibleUnits(), today)
			.stream()
			.filter((u) -> !u.type().isVillageLevel())
			.toList();
		Set<Long> ids = new HashSet<>();
		visible.forEach((u) -> ids.add(u.id().value()));
		Map<Long, Integer> last = new HashMap<>();
		this.parts.lastYears().forEach((unit, year) -> {
			long carrier = ids.contains(unit) ? unit : this.directory.successorOn(UnitId.of(unit), today).value();
			last.merge(carrier, year, Math::max);
		});
		int start = this.training.planFrom().getYear();
		List<ContestDue> rows = new ArrayList<>();
		for (UnitView unit : visible) {
			rows.add(ContestDue.of(unit.id().value(), unit.name(), ContestSchedule.of(last.get(unit.id().value()),
					start, this.settings.intervalYears(), today.getYear())));
		}
		return ContestSchedule.sorted(rows);
	}

	public ContestView view(long id) {
		Contest contest = load(id);
		this.scope.requireReadable(contest.getOrganiserUnitId(), RECORD, id);
		List<ContestView.JudgeView> judges = this.parts.judges(id);
		List<ContestView.CriterionView> criteria = this.parts.criteria(id);
		List<ContestParts.Participant> participants = this.parts.participants(id);
		Map<Long, ContestParts.Participant> byId = new HashMap<>();
		participants.forEach((p) -> byId.put(p.id(), p));
		List<ContestView.ParticipantView> standings = ContestScoring
			.rank(participants.stream().map(ContestParts.Participant::id).toList(),
					judges.stream().map(ContestView.JudgeView::id).toList(),
					criteria.stream().map(ContestView.CriterionView::id).toList(), this.parts.scores(id))
			.stream()
			.map((s) -> {
				ContestParts.Participant p = byId.get(s.participantId());
				return new ContestView.ParticipantView(p.id(), p.kind(), p.teamId(), p.mediatorId(), p.name(),
						p.unitName(), s.judgeTotals(), s.average(), s.complete(), s.rank(), p.prize());
			})
			.toList();
		String unitName = this.directory.find(contest.getOrganiserUnitId(), LocalDate.of(contest.getYear(), 6, 30))
			.or(() -> this.directory.find(contest.getOrganiserUnitId()))
			.map(UnitView::name)
			.orElse("");
		List<ContestView.RoundView> rounds = this.parts.rounds(id);
		return new ContestView(id, details(contest, rounds, judges, criteria), contest.getOrganiserUnitId().value(),
				unitName, rounds, judges, criteria, standings, this.parts.files(id), contest.getVersion(),
				contest.getWithdrawnReason(),
				!contest.isWithdrawn() && this.scope.writable(contest.getOrganiserUnitId()));
	}

	/** The scores one judge gave, by participant and criterion (for the score form). */
	public Map<String, java.math.BigDecimal> scoresOf(long id, long judgeId) {
		view(id);
		Map<String, java.math.BigDecimal> cells = new HashMap<>();
		this.parts.scores(id)
			.stream()
			.filter((s) -> s.judgeId() == judgeId)
			.forEach((s) -> cells.put(cell(s.participantId(), s.criterionId()), s.points()));
		return cells;
	}

	/** The name of a score cell in the form and in field problems. */
	public static String cell(long participantId, long criterionId) {
		return "p" + participantId + "c" + criterionId;
	}

	/**
	 * Plans a contest organised by {@code organiser} (the viewer's own unit when null).
	 */
	@Transactional
	@PreAuthorize(WRITERS)
	public long create(UnitId organiser, ContestDetails details) {
		UnitId unit = (organiser != null) ? organiser : CurrentViewer.require().unitId();
		this.units.requireUnit(unit);
		InvalidInput.throwIfAny(ContestRules.check(details, LocalDate.now()));
		Contest contest = this.contests.save(new Contest(unit, details));
		InvalidInput.throwIfAny(this.parts.keep(contest.getId(), details));
		this.audit.created(RECORD, contest.getId(), unit, changes(null, details));
		return contest.getId();
	}

	@Transactional
	@PreAuthorize(WRITERS)
	public void update(long id, long version, ContestDetails details) {
		Contest contest = loadForWrite(id, version);
		InvalidInput.throwIfAny(ContestRules.check(details, LocalDate.now()));
		ContestDetails before = details(contest, this.parts.rounds(id), this.parts.judges(id), this.parts.criteria(id));
		InvalidInput.throwIfAny(this.parts.keep(id, details));
		contest.apply(details);
		changed(contest);
		this.audit.updated(RECORD, id, contest.getOrganiserUnitId(), changes(before, details));
	}

	@Transactional
	@PreAuthorize(WRITERS)
	public void withdraw(long id, long version, String reason) {
		Contest contest = loadForWrite(id, version);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput(List.of(FieldProblem.of("reason", "validation.required")));
		}
		if (reason.length() > 500) {
			throw new InvalidInput(List.of(FieldProblem.of("reason", "validation.tooLong", 500)));
		}
		contest.withdraw(reason);
		this.audit.withdrawn(RECORD, id, contest.getOrganiserUnitId(), reason);
	}

	/**
	 * The contest, checked to be in the viewer's scope, at {@code version}, not
	 * withdrawn.
	 */
	Contest loadForWrite(long id, long version) {
		Contest contest = load(id);
		this.scope.requireWritable(contest.getOrganiserUnitId(), RECORD, id);
		if (contest.getVersion() != version) {
			throw new StaleVersion(RECORD, id);
		}
		if (contest.isWithdrawn()) {
			throw new InvalidInput(List.of(FieldProblem.of("contest", "contest.withdrawn")));
		}
		return contest;
	}

	/** The contest, checked to be readable by the viewer. */
	Contest loadReadable(long id) {
		Contest contest = load(id);
		this.scope.requireReadable(contest.getOrganiserUnitId(), RECORD, id);
		return contest;
	}

	/** Raises the contest's version when only its lists changed. */
	void changed(Contest contest) {
		this.entities.lock(contest, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
	}

	private Contest load(long id) {
		return this.contests.findById(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
	}

	private static ContestDetails details(Contest c, List<ContestView.RoundView> rounds,
			List<ContestView.JudgeView> judges, List<ContestView.CriterionView> criteria) {
		return new ContestDetails(c.getTitle(), c.getLevel(), c.getYear(), c.getOrganiserAgency(), c.getCoordinators(),
				c.getStartDate(), c.getEndDate(), c.getPlace(), c.getDescription(),
				rounds.stream().map((r) -> new ContestDetails.Round(r.name(), r.heldOn())).toList(),
				judges.stream().map((j) -> new ContestDetails.Judge(j.fullName(), j.title())).toList(),
				criteria.stream().map((k) -> new ContestDetails.Criterion(k.name(), k.maxPoints())).toList());
	}

	private static Changes changes(ContestDetails before, ContestDetails after) {
		ContestDetails b = (before != null) ? before
				: new ContestDetails(null, null, null, null, null, null, null, null, null, null, null, null);
		return Changes.of("title", b.title(), after.title())
			.field("level", b.level(), after.level())
			.field("year", b.year(), after.year())
			.field("organiserAgency", b.organiserAgency(), after.organiserAgency())
			.field("coordinators", b.coordinators(), after.coordinators())
			.field("startDate", b.startDate(), after.startDate())
			.field("endDate", b.endDate(), after.endDate())
			.field("place", b.place(), after.place())
			.field("rounds", ContestLines.roundsText(b.rounds()), ContestLines.roundsText(after.rounds()))
			.field("judges", ContestLines.judgesText(b.judges()), ContestLines.judgesText(after.judges()))
			.field("criteria", ContestLines.criteriaText(b.criteria()), ContestLines.criteriaText(after.criteria()));
	}

}

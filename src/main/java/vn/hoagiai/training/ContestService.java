package vn.hoagiai.training;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import vn.hoagiai.shared.WithdrawalReason;

/**
 * Good-mediator contests (task 7.2 of the plan): list, view, plan, edit, withdraw with a
 * reason. Read like training events (the viewer's scope and the units above it); changed
 * only inside the viewer's scope, with a version check; every change audited. When each
 * unit's next one is due is {@link ContestDueDates}; what is entered after planning is
 * {@link ContestEntries}, {@link ContestJudging} and {@link ContestMaterials}.
 */
@Service
@Transactional(readOnly = true)
public class ContestService {

	static final String RECORD = "Contest";

	/** Who organises contests: the same people as training. */
	public static final String WRITERS = TrainingEventService.WRITERS;

	private final ContestRepository contests;

	private final ContestFormat format;

	private final ContestParticipants participants;

	private final ContestScores scores;

	private final ContestFiles files;

	private final ContestQueries queries;

	private final EventScope scope;

	private final UnitScope units;

	private final UnitDirectory directory;

	private final AuditTrail audit;

	private final EntityManager entities;

	ContestService(ContestRepository contests, ContestFormat format, ContestParticipants participants,
			ContestScores scores, ContestFiles files, ContestQueries queries, EventScope scope, UnitScope units,
			UnitDirectory directory, AuditTrail audit, EntityManager entities) {
		this.contests = contests;
		this.format = format;
		this.participants = participants;
		this.scores = scores;
		this.files = files;
		this.queries = queries;
		this.scope = scope;
		this.units = units;
		this.directory = directory;
		this.audit = audit;
		this.entities = entities;
	}

	public Page<ContestRow> list(ContestFilter filter, Pageable page) {
		return this.queries.list(filter, this.scope.readable(), page);
	}

	public ContestView view(long id) {
		Contest contest = loadReadable(id);
		List<ContestView.RoundView> rounds = this.format.rounds(id);
		List<ContestView.JudgeView> judges = this.format.judges(id);
		List<ContestView.CriterionView> criteria = this.format.criteria(id);
		return new ContestView(id, contest.details(rounds, judges, criteria), contest.getOrganiserUnitId().value(),
				organiserName(contest), rounds, judges, criteria, standings(id, judges, criteria),
				this.participants.withdrawn(id), this.files.of(id), contest.getVersion(), contest.getWithdrawnReason(),
				!contest.isWithdrawn() && this.scope.writable(contest.getOrganiserUnitId()));
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
		InvalidInput.throwIfAny(this.format.keep(contest.getId(), details));
		this.audit.created(RECORD, contest.getId(), unit, ContestChanges.of(null, details));
		return contest.getId();
	}

	@Transactional
	@PreAuthorize(WRITERS)
	public void update(long id, long version, ContestDetails details) {
		Contest contest = loadForWrite(id, version);
		InvalidInput.throwIfAny(ContestRules.check(details, LocalDate.now()));
		ContestDetails before = contest.details(this.format.rounds(id), this.format.judges(id),
				this.format.criteria(id));
		InvalidInput.throwIfAny(this.format.keep(id, details));
		contest.apply(details);
		changed(contest, ContestChanges.of(before, details));
	}

	@Transactional
	@PreAuthorize(WRITERS)
	public void withdraw(long id, long version, String reason) {
		Contest contest = loadForWrite(id, version);
		String why = WithdrawalReason.require(reason);
		contest.withdraw(why);
		this.audit.withdrawn(RECORD, id, contest.getOrganiserUnitId(), why);
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

	/**
	 * A change of {@code contest} or of its parts: its version moves on (an edit opened
	 * before it meets the conflict page) and the change is audited.
	 */
	void changed(Contest contest, Changes changes) {
		this.entities.lock(contest, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.audit.updated(RECORD, contest.getId(), contest.getOrganiserUnitId(), changes);
	}

	private Contest load(long id) {
		return this.contests.findById(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
	}

	/** The participants in ranking order, with their scores and prizes. */
	private List<ContestView.ParticipantView> standings(long id, List<ContestView.JudgeView> judges,
			List<ContestView.CriterionView> criteria) {
		List<ContestParticipants.Participant> entered = this.participants.of(id);
		Map<Long, ContestParticipants.Participant> byId = new HashMap<>();
		entered.forEach((p) -> byId.put(p.id(), p));
		return ContestScoring
			.rank(entered.stream().map(ContestParticipants.Participant::id).toList(),
					judges.stream().map(ContestView.JudgeView::id).toList(),
					criteria.stream().map(ContestView.CriterionView::id).toList(), this.scores.of(id))
			.stream()
			.map((s) -> {
				ContestParticipants.Participant p = byId.get(s.participantId());
				return new ContestView.ParticipantView(p.id(), p.kind(), p.teamId(), p.mediatorId(), p.name(),
						p.unitName(), s.judgeTotals(), s.average(), s.complete(), s.rank(), p.prize());
			})
			.toList();
	}

	/**
	 * The organiser's name in the contest's year, or today's when it did not exist then.
	 */
	private String organiserName(Contest contest) {
		return this.directory.find(contest.getOrganiserUnitId(), LocalDate.of(contest.getYear(), 6, 30))
			.or(() -> this.directory.find(contest.getOrganiserUnitId()))
			.map(UnitView::name)
			.orElse("");
	}

}

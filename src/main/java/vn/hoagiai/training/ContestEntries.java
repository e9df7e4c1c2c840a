package vn.hoagiai.training;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.mediators.MediatorService;
import vn.hoagiai.mediators.MediatorStatus;
import vn.hoagiai.mediators.MediatorView;
import vn.hoagiai.mediators.TeamService;
import vn.hoagiai.mediators.TeamStatus;
import vn.hoagiai.mediators.TeamView;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.VietnameseText;

/**
 * What is entered into a contest after it is planned: participants (teams and mediators
 * of the register, read through the mediators module), each judge's scores, prizes, links
 * from rounds to training events, photos and documents. Each change names the version it
 * was made on, raises it, and is audited.
 */
@Service
@Transactional(readOnly = true)
public class ContestEntries {

	private final ContestService contests;

	private final ContestParts parts;

	private final TeamService teams;

	private final MediatorService mediators;

	private final UnitDirectory directory;

	private final TrainingEventRepository events;

	private final EventScope scope;

	private final StoredFiles files;

	private final AuditTrail audit;

	ContestEntries(ContestService contests, ContestParts parts, TeamService teams, MediatorService mediators,
			UnitDirectory directory, TrainingEventRepository events, EventScope scope, StoredFiles files,
			AuditTrail audit) {
		this.contests = contests;
		this.parts = parts;
		this.teams = teams;
		this.mediators = mediators;
		this.directory = directory;
		this.events = events;
		this.scope = scope;
		this.files = files;
		this.audit = audit;
	}

	/**
	 * Enters an active team or mediator of the viewer's scope, once; returns the
	 * participant's id.
	 */
	@Transactional
	@PreAuthorize(ContestService.WRITERS)
	public long addParticipant(long id, long version, ParticipantKind kind, Long refId) {
		Contest contest = this.contests.loadForWrite(id, version);
		if (kind == null || refId == null) {
			throw new InvalidInput(List.of(FieldProblem.of("participant", "validation.required")));
		}
		if (this.parts.entered(id, kind, refId)) {
			throw new InvalidInput(List.of(FieldProblem.of("participant", "contest.participant.twice")));
		}
		ContestParts.NewParticipant entry = (kind == ParticipantKind.TEAM) ? team(refId) : mediator(refId);
		long participant = this.parts.addParticipant(id, entry);
		this.contests.changed(contest);
		this.audit.updated(ContestService.RECORD, id, contest.getOrganiserUnitId(),
				Changes.of("participant", null, kind + " " + refId + " " + entry.name()));
		return participant;
	}

	/**
	 * Records one judge's points: every cell is checked first and nothing is saved when
	 * any has a problem; an empty cell removes that judge's points for it.
	 */
	@Transactional
	@PreAuthorize(ContestService.WRITERS)
	public void recordScores(long id, long version, long judgeId, List<ScoreEntry> entries) {
		Contest contest = this.contests.loadForWrite(id, version);
		if (this.parts.judges(id).stream().noneMatch((j) -> j.id() == judgeId)) {
			throw new InvalidInput(List.of(FieldProblem.of("judgeId", "contest.judge.unknown")));
		}
		Map<Long, BigDecimal> max = new HashMap<>();
		this.parts.criteria(id).forEach((c) -> max.put(c.id(), c.maxPoints()));
		Set<Long> participants = this.parts.participants(id)
			.stream()
			.map(ContestParts.Participant::id)
			.collect(Collectors.toSet());
		List<FieldProblem> problems = new ArrayList<>();
		for (ScoreEntry e : entries) {
			String cell = ContestService.cell(e.participantId(), e.criterionId());
			if (!participants.contains(e.participantId()) || !max.containsKey(e.criterionId())) {
				problems.add(FieldProblem.of(cell, "contest.score.unknownCell"));
			}
			else {
				problems.addAll(ContestScoring.check(cell, e.points(), max.get(e.criterionId())));
			}
		}
		InvalidInput.throwIfAny(problems);
		for (ScoreEntry e : entries) {
			this.parts.score(id, judgeId, e.criterionId(), e.participantId(), e.points());
		}
		this.contests.changed(contest);
		this.audit.updated(ContestService.RECORD, id, contest.getOrganiserUnitId(),
				Changes.none().note("scores", "judge " + judgeId + ": " + entries.size() + " cells"));
	}

	/** Sets the prizes (null for none) of the listed participants. */
	@Transactional
	@PreAuthorize(ContestService.WRITERS)
	public void awardPrizes(long id, long version, Map<Long, Prize> prizes) {
		Contest contest = this.contests.loadForWrite(id, version);
		Map<Long, ContestParts.Participant> known = new HashMap<>();
		this.parts.participants(id).forEach((p) -> known.put(p.id(), p));
		if (!known.keySet().containsAll(prizes.keySet())) {
			throw new InvalidInput(List.of(FieldProblem.of("prizes", "contest.participant.unknown")));
		}
		Changes changes = Changes.none();
		prizes.forEach((participant, prize) -> {
			changes.field("prize " + known.get(participant).name(), known.get(participant).prize(), prize);
			this.parts.prize(participant, prize);
		});
		this.contests.changed(contest);
		this.audit.updated(ContestService.RECORD, id, contest.getOrganiserUnitId(), changes);
	}

	/**
	 * Links a round to the training event where it is held: a contest round the viewer
	 * may read ({@code eventId} null removes the link).
	 */
	@Transactional
	@PreAuthorize(ContestService.WRITERS)
	public void linkRound(long id, long version, long roundId, Long eventId) {
		Contest contest = this.contests.loadForWrite(id, version);
		if (eventId != null) {
			TrainingEvent event = this.events.findById(eventId).orElse(null);
			if (event == null || event.getKind() != EventKind.CONTEST_ROUND || event.isWithdrawn()
					|| !this.scope.readable().contains(event.getOrganiserUnitId())) {
				throw new InvalidInput(List.of(FieldProblem.of("eventId", "contest.round.eventUnknown")));
			}
		}
		if (!this.parts.linkRound(id, roundId, eventId)) {
			throw new InvalidInput(List.of(FieldProblem.of("roundId", "contest.round.unknown")));
		}
		this.contests.changed(contest);
		this.audit.updated(ContestService.RECORD, id, contest.getOrganiserUnitId(),
				Changes.of("round " + roundId + " event", null, eventId));
	}

	/**
	 * Adds a photo (JPEG, PNG) or a document (PDF, Word, Excel), recognised by its
	 * content and stored by its hash.
	 */
	@Transactional
	@PreAuthorize(ContestService.WRITERS)
	public void addFile(long id, long version, ContestFileKind kind, String title, String originalName,
			InputStream content) {
		Contest contest = this.contests.loadForWrite(id, version);
		List<FieldProblem> problems = new ArrayList<>();
		if (kind == null) {
			problems.add(FieldProblem.of("kind", "validation.required"));
		}
		if (title == null || title.isBlank()) {
			problems.add(FieldProblem.of("title", "validation.required"));
		}
		else if (title.length() > 300) {
			problems.add(FieldProblem.of("title", "validation.tooLong", 300));
		}
		InvalidInput.throwIfAny(problems);
		StoredFiles.StoredFile stored = this.files.store(content,
				(kind == ContestFileKind.PHOTO) ? FileType.PHOTOS : FileType.DOCUMENTS, "contest.file.type." + kind);
		String name = FileNames.safe(originalName, stored.type());
		this.parts.addFile(id, kind, VietnameseText.clean(title), stored, name);
		this.contests.changed(contest);
		this.audit.updated(ContestService.RECORD, id, contest.getOrganiserUnitId(),
				Changes.of("file", null, kind + " " + name + " " + stored.hash()));
	}

	/** A photo or document of a contest the viewer may read. */
	public LibraryService.FileDownload file(long id, long fileId) {
		this.contests.loadReadable(id);
		ContestParts.StoredName stored = this.parts.file(id, fileId)
			.orElseThrow(() -> new RecordNotFound("ContestFile", fileId));
		return new LibraryService.FileDownload(this.files.open(stored.hash()), stored.fileName(), stored.mediaType(),
				stored.size());
	}

	private ContestParts.NewParticipant team(long teamId) {
		TeamView team;
		try {
			team = this.teams.view(teamId);
		}
		catch (RecordNotFound ex) {
			throw unknown();
		}
		if (team.status() != TeamStatus.ACTIVE) {
			throw unknown();
		}
		return new ContestParts.NewParticipant(ParticipantKind.TEAM, teamId, null, team.details().name(),
				team.unitName(), team.unitId().value(), commune(team.unitId()));
	}

	private ContestParts.NewParticipant mediator(long mediatorId) {
		MediatorView mediator;
		try {
			mediator = this.mediators.view(mediatorId);
		}
		catch (RecordNotFound ex) {
			throw unknown();
		}
		if (mediator.status() != MediatorStatus.ACTIVE) {
			throw unknown();
		}
		return new ContestParts.NewParticipant(ParticipantKind.MEDIATOR, null, mediatorId,
				mediator.details().fullName(), mediator.teamName(), mediator.unitId().value(),
				commune(mediator.unitId()));
	}

	/**
	 * The commune-level unit a village belongs to today (the unit itself if it is one).
	 */
	private Long commune(UnitId unit) {
		return this.directory.ancestry(unit, LocalDate.now())
			.stream()
			.filter((u) -> u.type().isCommuneLevel())
			.map(UnitView::id)
			.map(UnitId::value)
			.findFirst()
			.orElse(null);
	}

	private static InvalidInput unknown() {
		return new InvalidInput(List.of(FieldProblem.of("participant", "contest.participant.unknown")));
	}

	/** One cell of a judge's score sheet; null points clear the cell. */
	public record ScoreEntry(long participantId, long criterionId, BigDecimal points) {
	}

}

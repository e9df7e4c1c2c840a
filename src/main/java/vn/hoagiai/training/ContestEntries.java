package vn.hoagiai.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
import vn.hoagiai.shared.WithdrawalReason;

/**
 * Who competes in a contest: teams and mediators of the register, read through the
 * mediators module, entered and withdrawn with a reason. Each change names the version it
 * was made on, raises it, and is audited.
 */
@Service
@Transactional(readOnly = true)
public class ContestEntries {

	private final ContestService contests;

	private final ContestParticipants participants;

	private final ContestScores scores;

	private final TeamService teams;

	private final MediatorService mediators;

	private final UnitDirectory directory;

	ContestEntries(ContestService contests, ContestParticipants participants, ContestScores scores, TeamService teams,
			MediatorService mediators, UnitDirectory directory) {
		this.contests = contests;
		this.participants = participants;
		this.scores = scores;
		this.teams = teams;
		this.mediators = mediators;
		this.directory = directory;
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
		if (this.participants.entered(id, kind, refId)) {
			throw new InvalidInput(List.of(FieldProblem.of("participant", "contest.participant.twice")));
		}
		ContestParticipants.NewParticipant entry = (kind == ParticipantKind.TEAM) ? team(refId) : mediator(refId);
		long participant = this.participants.add(id, entry);
		this.contests.changed(contest, Changes.of("participant", null, kind + " " + refId + " " + entry.name()));
		return participant;
	}

	/**
	 * Withdraws a participant with a reason: it stays in the contest's history, out of
	 * its ranking, and may be entered again. One that judges have scored or that holds a
	 * prize is refused until its points are cleared on the judges' sheets and its prize
	 * on the results page, so that no result disappears in passing. A participant of
	 * another contest answers 404.
	 */
	@Transactional
	@PreAuthorize(ContestService.WRITERS)
	public void withdrawParticipant(long id, long version, long participantId, String reason) {
		Contest contest = this.contests.loadForWrite(id, version);
		ContestParticipants.Participant participant = this.participants.find(id, participantId)
			.orElseThrow(() -> new RecordNotFound("ContestParticipant", participantId));
		String why = VietnameseText.clean(reason);
		InvalidInput.throwIfAny(withdrawal(id, participant, why));
		this.participants.withdraw(participantId, why);
		this.contests.changed(contest,
				Changes.none().note("participant withdrawn", participant.label()).note("reason", why));
	}

	/**
	 * Every reason the participant cannot be withdrawn now, with {@code reason} given.
	 */
	private List<FieldProblem> withdrawal(long contest, ContestParticipants.Participant participant, String reason) {
		List<FieldProblem> problems = new ArrayList<>();
		if (participant.withdrawn()) {
			problems.add(FieldProblem.of("participant", "contest.participant.alreadyWithdrawn"));
			return problems;
		}
		WithdrawalReason.problem(reason).ifPresent(problems::add);
		if (this.scores.forParticipant(contest, participant.id())) {
			problems.add(FieldProblem.of("participant", "contest.participant.scored"));
		}
		if (participant.prize() != null) {
			problems.add(FieldProblem.of("participant", "contest.participant.prized"));
		}
		return problems;
	}

	private ContestParticipants.NewParticipant team(long teamId) {
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
		return new ContestParticipants.NewParticipant(ParticipantKind.TEAM, teamId, null, team.details().name(),
				team.unitName(), team.unitId().value(), commune(team.unitId()));
	}

	private ContestParticipants.NewParticipant mediator(long mediatorId) {
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
		return new ContestParticipants.NewParticipant(ParticipantKind.MEDIATOR, null, mediatorId,
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

}

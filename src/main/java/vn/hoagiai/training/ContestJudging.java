package vn.hoagiai.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoagiai.audit.Changes;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;

/**
 * The judging of a contest: each judge's score sheet ({@link ContestScoring}) and the
 * prizes. Each change names the version it was made on, raises it, and is audited.
 */
@Service
@Transactional(readOnly = true)
public class ContestJudging {

	private final ContestService contests;

	private final ContestFormat format;

	private final ContestParticipants participants;

	private final ContestScores scores;

	ContestJudging(ContestService contests, ContestFormat format, ContestParticipants participants,
			ContestScores scores) {
		this.contests = contests;
		this.format = format;
		this.participants = participants;
		this.scores = scores;
	}

	/** The scores one judge gave, by participant and criterion (for the score form). */
	public Map<String, BigDecimal> scoresOf(long id, long judgeId) {
		this.contests.loadReadable(id);
		Map<String, BigDecimal> cells = new HashMap<>();
		this.scores.of(id)
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
	 * Records one judge's points: every cell is checked first and nothing is saved when
	 * any has a problem; an empty cell removes that judge's points for it.
	 */
	@Transactional
	@PreAuthorize(ContestService.WRITERS)
	public void recordScores(long id, long version, long judgeId, List<ScoreEntry> entries) {
		Contest contest = this.contests.loadForWrite(id, version);
		if (this.format.judges(id).stream().noneMatch((j) -> j.id() == judgeId)) {
			throw new InvalidInput(List.of(FieldProblem.of("judgeId", "contest.judge.unknown")));
		}
		InvalidInput.throwIfAny(check(id, entries));
		this.scores.put(id, judgeId, entries);
		this.contests.changed(contest,
				Changes.none().note("scores", "judge " + judgeId + ": " + entries.size() + " cells"));
	}

	/** Sets the prizes (null for none) of the listed participants. */
	@Transactional
	@PreAuthorize(ContestService.WRITERS)
	public void awardPrizes(long id, long version, Map<Long, Prize> prizes) {
		Contest contest = this.contests.loadForWrite(id, version);
		Map<Long, ContestParticipants.Participant> known = new HashMap<>();
		this.participants.of(id).forEach((p) -> known.put(p.id(), p));
		if (!known.keySet().containsAll(prizes.keySet())) {
			throw new InvalidInput(List.of(FieldProblem.of("prizes", "contest.participant.unknown")));
		}
		Changes changes = Changes.none();
		prizes.forEach((participant, prize) -> {
			changes.field("prize " + known.get(participant).name(), known.get(participant).prize(), prize);
			this.participants.prize(participant, prize);
		});
		this.contests.changed(contest, changes);
	}

	/**
	 * Every cell's problems: a participant and criterion of the contest, points in range.
	 */
	private List<FieldProblem> check(long id, List<ScoreEntry> entries) {
		Map<Long, BigDecimal> max = new HashMap<>();
		this.format.criteria(id).forEach((c) -> max.put(c.id(), c.maxPoints()));
		Set<Long> entered = this.participants.of(id)
			.stream()
			.map(ContestParticipants.Participant::id)
			.collect(Collectors.toSet());
		List<FieldProblem> problems = new ArrayList<>();
		for (ScoreEntry e : entries) {
			String cell = cell(e.participantId(), e.criterionId());
			if (!entered.contains(e.participantId()) || !max.containsKey(e.criterionId())) {
				problems.add(FieldProblem.of(cell, "contest.score.unknownCell"));
			}
			else {
				problems.addAll(ContestScoring.check(cell, e.points(), max.get(e.criterionId())));
			}
		}
		return problems;
	}

	/** One cell of a judge's score sheet; null points clear the cell. */
	public record ScoreEntry(long participantId, long criterionId, BigDecimal points) {
	}

}

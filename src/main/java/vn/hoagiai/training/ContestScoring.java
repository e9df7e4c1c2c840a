package vn.hoagiai.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.hoagiai.shared.FieldProblem;

/**
 * How a contest is scored. Each judge gives each participant points on each criterion,
 * from 0 up to the criterion's maximum, with at most two decimals. A judge's total for a
 * participant is the sum over the criteria; the participant's score is the average of the
 * totals of the judges who scored them (rounded half up to two decimals); the ranking is
 * by that average, highest first, equal averages sharing a rank (1, 2, 2, 4).
 * Participants nobody has scored yet have no rank.
 */
final class ContestScoring {

	private ContestScoring() {
	}

	/** One judge's points for one participant on one criterion. */
	record Score(long judgeId, long criterionId, long participantId, BigDecimal points) {
	}

	/**
	 * A participant's standing.
	 *
	 * @param judgeTotals each judge's total, in the judges' order; null where that judge
	 * gave nothing
	 * @param complete whether every judge scored every criterion
	 * @param rank the place, or null while unscored
	 */
	record Standing(long participantId, List<BigDecimal> judgeTotals, BigDecimal total, BigDecimal average,
			boolean complete, Integer rank) {
	}

	static List<Standing> rank(List<Long> participants, List<Long> judges, List<Long> criteria, List<Score> scores) {
		List<Standing> unranked = totals(participants, judges, criteria, scores);
		List<Standing> scored = unranked.stream()
			.filter((s) -> s.average() != null)
			.sorted(Comparator.comparing(Standing::average).reversed())
			.toList();
		Map<Long, Integer> ranks = new HashMap<>();
		for (int i = 0; i < scored.size(); i++) {
			boolean tie = i > 0 && scored.get(i).average().compareTo(scored.get(i - 1).average()) == 0;
			ranks.put(scored.get(i).participantId(), tie ? ranks.get(scored.get(i - 1).participantId()) : i + 1);
		}
		List<Standing> ranked = new ArrayList<>();
		for (Standing s : unranked) {
			ranked.add(new Standing(s.participantId(), s.judgeTotals(), s.total(), s.average(), s.complete(),
					ranks.get(s.participantId())));
		}
		ranked.sort(Comparator.comparing(Standing::rank, Comparator.nullsLast(Comparator.naturalOrder())));
		return ranked;
	}

	/** Each participant's judge totals, average and completeness, not yet ranked. */
	private static List<Standing> totals(List<Long> participants, List<Long> judges, List<Long> criteria,
			List<Score> scores) {
		Map<Long, Map<Long, BigDecimal>> byParticipant = new HashMap<>();
		Map<Long, Integer> counts = new HashMap<>();
		for (Score s : scores) {
			byParticipant.computeIfAbsent(s.participantId(), (k) -> new HashMap<>())
				.merge(s.judgeId(), s.points(), BigDecimal::add);
			counts.merge(s.participantId(), 1, Integer::sum);
		}
		List<Standing> unranked = new ArrayList<>();
		for (Long p : participants) {
			Map<Long, BigDecimal> totals = byParticipant.getOrDefault(p, Map.of());
			List<BigDecimal> judgeTotals = judges.stream().map(totals::get).toList();
			BigDecimal total = totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal average = totals.isEmpty() ? null
					: total.divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
			boolean complete = !judges.isEmpty() && !criteria.isEmpty()
					&& counts.getOrDefault(p, 0) == judges.size() * criteria.size();
			unranked.add(new Standing(p, judgeTotals, total, average, complete, null));
		}
		return unranked;
	}

	/** "30.00" as 30 and "7.50" as 7.5, never in exponent form. */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/**
	 * Checks points given on a criterion worth {@code max}; {@code field} names the cell.
	 */
	static List<FieldProblem> check(String field, BigDecimal points, BigDecimal max) {
		if (points == null) {
			return List.of();
		}
		if (points.signum() < 0 || points.compareTo(max) > 0) {
			return List.of(FieldProblem.of(field, "contest.score.range", max.stripTrailingZeros().toPlainString()));
		}
		if (points.stripTrailingZeros().scale() > 2) {
			return List.of(FieldProblem.of(field, "contest.score.decimals"));
		}
		return List.of();
	}

}

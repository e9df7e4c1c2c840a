package vn.hoagiai.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContestScoringTests {

	private static final List<Long> JUDGES = List.of(1L, 2L);

	private static final List<Long> CRITERIA = List.of(10L, 20L);

	@Test
	void averagesTheJudgesTotalsAndRanksHighestFirst() {
		List<ContestScoring.Score> scores = new ArrayList<>();
		scores.addAll(sheet(100, "8", "9", "7", "10"));
		scores.addAll(sheet(200, "9", "9.5", "9", "10"));

		List<ContestScoring.Standing> standings = ContestScoring.rank(List.of(100L, 200L), JUDGES, CRITERIA, scores);

		assertThat(standings).extracting(ContestScoring.Standing::participantId).containsExactly(200L, 100L);
		ContestScoring.Standing first = standings.get(0);
		assertThat(first.judgeTotals()).containsExactly(new BigDecimal("18.5"), new BigDecimal("19"));
		assertThat(first.total()).isEqualByComparingTo("37.5");
		assertThat(first.average()).isEqualByComparingTo("18.75");
		assertThat(first.rank()).isEqualTo(1);
		assertThat(first.complete()).isTrue();
		assertThat(standings.get(1).average()).isEqualByComparingTo("17");
		assertThat(standings.get(1).rank()).isEqualTo(2);
	}

	@Test
	void equalAveragesShareARankAndTheNextRankIsSkipped() {
		List<ContestScoring.Score> scores = new ArrayList<>();
		scores.addAll(sheet(1, "9", "9", "9", "9"));
		scores.addAll(sheet(2, "9", "9", "9", "9"));
		scores.addAll(sheet(3, "5", "5", "5", "5"));

		List<ContestScoring.Standing> standings = ContestScoring.rank(List.of(3L, 2L, 1L), JUDGES, CRITERIA, scores);

		assertThat(standings).extracting(ContestScoring.Standing::rank).containsExactly(1, 1, 3);
		assertThat(standings.get(2).participantId()).isEqualTo(3L);
	}

	@Test
	void unscoredParticipantHasNoRankAndComesLast() {
		List<ContestScoring.Score> scores = List.of(new ContestScoring.Score(1, 10, 7, new BigDecimal("6")));

		List<ContestScoring.Standing> standings = ContestScoring.rank(List.of(8L, 7L), JUDGES, CRITERIA, scores);

		assertThat(standings).extracting(ContestScoring.Standing::participantId).containsExactly(7L, 8L);
		assertThat(standings.get(0).complete()).isFalse();
		assertThat(standings.get(0).average()).isEqualByComparingTo("6");
		assertThat(standings.get(0).judgeTotals()).containsExactly(new BigDecimal("6"), null);
		assertThat(standings.get(1).rank()).isNull();
		assertThat(standings.get(1).average()).isNull();
	}

	@Test
	void averageIsRoundedHalfUpToTwoDecimals() {
		List<ContestScoring.Score> scores = List.of(new ContestScoring.Score(1, 10, 5, new BigDecimal("10")),
				new ContestScoring.Score(2, 10, 5, new BigDecimal("10")),
				new ContestScoring.Score(3, 10, 5, new BigDecimal("10.01")));

		var standing = ContestScoring.rank(List.of(5L), List.of(1L, 2L, 3L), List.of(10L), scores).get(0);

		assertThat(standing.average()).isEqualByComparingTo("10.00");
		assertThat(standing.complete()).isTrue();
	}

	@Test
	void rejectsPointsAboveTheMaximumBelowZeroOrWithThreeDecimals() {
		BigDecimal max = new BigDecimal("30");

		assertThat(ContestScoring.check("p1c2", new BigDecimal("30.5"), max)).extracting("messageKey")
			.containsExactly("contest.score.range");
		assertThat(ContestScoring.check("p1c2", new BigDecimal("-1"), max)).extracting("field").containsExactly("p1c2");
		assertThat(ContestScoring.check("p1c2", new BigDecimal("7.125"), max)).extracting("messageKey")
			.containsExactly("contest.score.decimals");
		assertThat(ContestScoring.check("p1c2", new BigDecimal("30.00"), max)).isEmpty();
		assertThat(ContestScoring.check("p1c2", null, max)).isEmpty();
	}

	/** Judge 1 gives a and b, judge 2 gives c and d, on criteria 10 and 20. */
	private static List<ContestScoring.Score> sheet(long participant, String a, String b, String c, String d) {
		return List.of(new ContestScoring.Score(1, 10, participant, new BigDecimal(a)),
				new ContestScoring.Score(1, 20, participant, new BigDecimal(b)),
				new ContestScoring.Score(2, 10, participant, new BigDecimal(c)),
				new ContestScoring.Score(2, 20, participant, new BigDecimal(d)));
	}

}

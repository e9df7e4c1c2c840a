package vn.hoagiai.training;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The judges' points of a contest, kept in SQL, one row per judge, criterion and
 * participant. The service checks scope, version and the cells first.
 */
@Component
class ContestScores {

	private final JdbcClient jdbc;

	ContestScores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ContestScoring.Score> of(long contest) {
		return this.jdbc
			.sql("select judge_id, criterion_id, participant_id, points from trn_contest_score where contest_id = :c")
			.param("c", contest)
			.query((rs, n) -> new ContestScoring.Score(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					ContestScoring.plain(rs.getBigDecimal(4))))
			.list();
	}

	/** Puts one judge's points (null removes them). */
	void put(long contest, long judge, long criterion, long participant, BigDecimal points) {
		this.jdbc.sql("""
				delete from trn_contest_score where judge_id = :j and criterion_id = :cr and participant_id = :p""")
			.param("j", judge)
			.param("cr", criterion)
			.param("p", participant)
			.update();
		if (points != null) {
			this.jdbc
				.sql("""
						insert into trn_contest_score (contest_id, judge_id, criterion_id, participant_id, points, updated_at)
						values (:c, :j, :cr, :p, :pts, :t)""")
				.param("c", contest)
				.param("j", judge)
				.param("cr", criterion)
				.param("p", participant)
				.param("pts", points)
				.param("t", Timestamp.from(Instant.now()))
				.update();
		}
	}

	/** Whether any judge has scored {@code participant} of {@code contest}. */
	boolean forParticipant(long contest, long participant) {
		return this.jdbc.sql("select count(*) from trn_contest_score where contest_id = :c and participant_id = :p")
			.param("c", contest)
			.param("p", participant)
			.query(Long.class)
			.single() > 0;
	}

	/** Who has scored in {@code contest}, and the most points given on each criterion. */
	Scored scored(long contest) {
		Set<Long> judges = new HashSet<>();
		Map<Long, BigDecimal> highest = new HashMap<>();
		this.jdbc
			.sql("select judge_id, criterion_id, max(points) from trn_contest_score where contest_id = :c "
					+ "group by judge_id, criterion_id")
			.param("c", contest)
			.query((RowCallbackHandler) (rs) -> {
				judges.add(rs.getLong(1));
				highest.merge(rs.getLong(2), rs.getBigDecimal(3), BigDecimal::max);
			});
		return new Scored(judges, highest);
	}

	/**
	 * @param judges the judges with points
	 * @param highest the most points any judge gave, by criterion with points
	 */
	record Scored(Set<Long> judges, Map<Long, BigDecimal> highest) {
	}

}

package vn.hoagiai.training;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

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

	boolean byJudge(long judge) {
		return any("judge_id", judge);
	}

	boolean onCriterion(long criterion) {
		return any("criterion_id", criterion);
	}

	boolean forParticipant(long participant) {
		return any("participant_id", participant);
	}

	/** The most points any judge gave on a criterion (0 when none). */
	BigDecimal highestOn(long criterion) {
		return this.jdbc.sql("select points from trn_contest_score where criterion_id = :id")
			.param("id", criterion)
			.query(BigDecimal.class)
			.list()
			.stream()
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
	}

	private boolean any(String column, long id) {
		return this.jdbc.sql("select count(*) from trn_contest_score where " + column + " = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

}

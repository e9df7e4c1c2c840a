package vn.hoagiai.training;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The judges' points of a contest, kept in SQL, one row per judge, criterion and
 * participant. The service checks scope, version and the cells first.
 */
@Component
class ContestScores {

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ContestScores(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	List<ContestScoring.Score> of(long contest) {
		return this.jdbc
			.sql("select judge_id, criterion_id, participant_id, points from trn_contest_score where contest_id = :c")
			.param("c", contest)
			.query((rs, n) -> new ContestScoring.Score(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					ContestScoring.plain(rs.getBigDecimal(4))))
			.list();
	}

	/**
	 * Puts one judge's points on these cells (null removes them): one batch of deletions
	 * and one of insertions, whatever the size of the sheet.
	 */
	void put(long contest, long judge, List<ContestJudging.ScoreEntry> cells) {
		this.batch.batchUpdate(
				"delete from trn_contest_score where judge_id = ? and criterion_id = ? and participant_id = ?", cells,
				BATCH, (ps, cell) -> {
					ps.setLong(1, judge);
					ps.setLong(2, cell.criterionId());
					ps.setLong(3, cell.participantId());
				});
		List<ContestJudging.ScoreEntry> given = cells.stream().filter((cell) -> cell.points() != null).toList();
		Timestamp now = Timestamp.from(Instant.now());
		this.batch.batchUpdate("""
				insert into trn_contest_score (contest_id, judge_id, criterion_id, participant_id, points, updated_at)
				values (?, ?, ?, ?, ?, ?)""", given, BATCH, (ps, cell) -> {
			ps.setLong(1, contest);
			ps.setLong(2, judge);
			ps.setLong(3, cell.criterionId());
			ps.setLong(4, cell.participantId());
			ps.setBigDecimal(5, cell.points());
			ps.setTimestamp(6, now);
		});
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

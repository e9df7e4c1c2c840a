package vn.hoagiai.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.shared.FieldProblem;

/**
 * How a contest is run, kept in SQL: its rounds, judges and criteria, edited with the
 * contest and matched by position so that scores stay with their judge and criterion. The
 * service checks scope and version first.
 */
@Component
class ContestFormat {

	private final JdbcClient jdbc;

	private final ContestScores scores;

	ContestFormat(JdbcClient jdbc, ContestScores scores) {
		this.jdbc = jdbc;
		this.scores = scores;
	}

	List<ContestView.RoundView> rounds(long contest) {
		return this.jdbc.sql("""
				select r.id, r.name, r.held_on, r.event_id, e.title from trn_contest_round r
				left join trn_event e on e.id = r.event_id where r.contest_id = :c order by r.sort_order""")
			.param("c", contest)
			.query((rs, n) -> new ContestView.RoundView(rs.getLong(1), rs.getString(2),
					(rs.getDate(3) != null) ? rs.getDate(3).toLocalDate() : null, (Long) rs.getObject(4, Long.class),
					rs.getString(5)))
			.list();
	}

	List<ContestView.JudgeView> judges(long contest) {
		return this.jdbc
			.sql("select id, full_name, role_title from trn_contest_judge where contest_id = :c order by id")
			.param("c", contest)
			.query((rs, n) -> new ContestView.JudgeView(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	List<ContestView.CriterionView> criteria(long contest) {
		return this.jdbc
			.sql("select id, name, max_points from trn_contest_criterion where contest_id = :c order by sort_order")
			.param("c", contest)
			.query((rs, n) -> new ContestView.CriterionView(rs.getLong(1), rs.getString(2),
					ContestScoring.plain(rs.getBigDecimal(3))))
			.list();
	}

	/**
	 * Replaces the rounds, judges and criteria by position. Removing a judge or a
	 * criterion that already has scores, or lowering a criterion below points already
	 * given, is refused; nothing is written then.
	 */
	List<FieldProblem> keep(long contest, ContestDetails d) {
		List<Long> judges = ids("trn_contest_judge", contest, "id");
		List<Long> criteria = ids("trn_contest_criterion", contest, "sort_order");
		List<FieldProblem> problems = scoredAway(d, judges, criteria, this.scores.scored(contest));
		if (problems.isEmpty()) {
			judges(contest, d.judges(), judges);
			criteria(contest, d.criteria(), criteria);
			rounds(contest, d.rounds());
		}
		return problems;
	}

	/** The training event {@code round} of {@code contest} is linked to now, if any. */
	Long roundEvent(long contest, long round) {
		List<Long> events = this.jdbc.sql("select event_id from trn_contest_round where id = :r and contest_id = :c")
			.param("r", round)
			.param("c", contest)
			.query((rs, n) -> rs.getObject(1, Long.class))
			.list();
		return events.isEmpty() ? null : events.get(0);
	}

	boolean linkRound(long contest, long round, Long event) {
		return this.jdbc.sql("update trn_contest_round set event_id = :e where id = :r and contest_id = :c")
			.param("e", event)
			.param("r", round)
			.param("c", contest)
			.update() == 1;
	}

	/**
	 * The scored judges and criteria that {@code d} would drop or set below their points.
	 */
	private List<FieldProblem> scoredAway(ContestDetails d, List<Long> judges, List<Long> criteria,
			ContestScores.Scored scored) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = d.judges().size(); i < judges.size(); i++) {
			if (scored.judges().contains(judges.get(i))) {
				problems.add(FieldProblem.of("judges", "contest.judges.scored", i + 1));
			}
		}
		for (int i = 0; i < criteria.size(); i++) {
			BigDecimal highest = scored.highest().get(criteria.get(i));
			if (highest == null) {
				continue;
			}
			if (i >= d.criteria().size()) {
				problems.add(FieldProblem.of("criteria", "contest.criteria.scored", i + 1));
			}
			else if (highest.compareTo(d.criteria().get(i).maxPoints()) > 0) {
				problems.add(FieldProblem.of("criteria", "contest.criteria.belowScores", i + 1));
			}
		}
		return problems;
	}

	private void judges(long contest, List<ContestDetails.Judge> judges, List<Long> ids) {
		for (int i = 0; i < judges.size(); i++) {
			ContestDetails.Judge j = judges.get(i);
			if (i < ids.size()) {
				this.jdbc.sql("update trn_contest_judge set full_name = :n, role_title = :t where id = :id")
					.param("n", j.fullName().strip())
					.param("t", j.title())
					.param("id", ids.get(i))
					.update();
			}
			else {
				this.jdbc.sql("insert into trn_contest_judge (contest_id, full_name, role_title) values (:c, :n, :t)")
					.param("c", contest)
					.param("n", j.fullName().strip())
					.param("t", j.title())
					.update();
			}
		}
		deleteFrom("trn_contest_judge", ids, judges.size());
	}

	private void criteria(long contest, List<ContestDetails.Criterion> criteria, List<Long> ids) {
		for (int i = 0; i < criteria.size(); i++) {
			ContestDetails.Criterion c = criteria.get(i);
			if (i < ids.size()) {
				this.jdbc.sql("update trn_contest_criterion set name = :n, max_points = :m where id = :id")
					.param("n", c.name().strip())
					.param("m", c.maxPoints())
					.param("id", ids.get(i))
					.update();
			}
			else {
				this.jdbc.sql("""
						insert into trn_contest_criterion (contest_id, sort_order, name, max_points)
						values (:c, :o, :n, :m)""")
					.param("c", contest)
					.param("o", i + 1)
					.param("n", c.name().strip())
					.param("m", c.maxPoints())
					.update();
			}
		}
		deleteFrom("trn_contest_criterion", ids, criteria.size());
	}

	/** Rounds by position; a round keeps its linked event while it keeps its place. */
	private void rounds(long contest, List<ContestDetails.Round> rounds) {
		List<Long> ids = ids("trn_contest_round", contest, "sort_order");
		for (int i = 0; i < rounds.size(); i++) {
			ContestDetails.Round r = rounds.get(i);
			if (i < ids.size()) {
				this.jdbc.sql("update trn_contest_round set name = :n, held_on = :d where id = :id")
					.param("n", r.name().strip())
					.param("d", r.heldOn())
					.param("id", ids.get(i))
					.update();
			}
			else {
				this.jdbc.sql("""
						insert into trn_contest_round (contest_id, sort_order, name, held_on)
						values (:c, :o, :n, :d)""")
					.param("c", contest)
					.param("o", i + 1)
					.param("n", r.name().strip())
					.param("d", r.heldOn())
					.update();
			}
		}
		deleteFrom("trn_contest_round", ids, rounds.size());
	}

	/**
	 * Deletes the rows past the new end of a list (a judge or criterion only unscored).
	 */
	private void deleteFrom(String table, List<Long> ids, int kept) {
		for (int i = kept; i < ids.size(); i++) {
			this.jdbc.sql("delete from " + table + " where id = :id").param("id", ids.get(i)).update();
		}
	}

	private List<Long> ids(String table, long contest, String order) {
		return this.jdbc.sql("select id from " + table + " where contest_id = :c order by " + order)
			.param("c", contest)
			.query(Long.class)
			.list();
	}

}

package vn.hoagiai.training;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.shared.FieldProblem;

/**
 * The lists of a contest, kept in SQL: rounds, judges and criteria (edited with the
 * contest, matched by position so that scores stay with their judge and criterion),
 * participants, scores and files. The service checks scope and version first.
 */
@Component
class ContestParts {

	private final JdbcClient jdbc;

	ContestParts(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
			.query((rs, n) -> new ContestView.CriterionView(rs.getLong(1), rs.getString(2), plain(rs.getBigDecimal(3))))
			.list();
	}

	List<Participant> participants(long contest) {
		return this.jdbc.sql("""
				select id, kind, team_id, mediator_id, name, unit_name, prize from trn_contest_participant
				where contest_id = :c order by id""")
			.param("c", contest)
			.query((rs, n) -> new Participant(rs.getLong(1), ParticipantKind.valueOf(rs.getString(2)),
					rs.getObject(3, Long.class), rs.getObject(4, Long.class), rs.getString(5), rs.getString(6),
					(rs.getString(7) != null) ? Prize.valueOf(rs.getString(7)) : null))
			.list();
	}

	List<ContestScoring.Score> scores(long contest) {
		return this.jdbc
			.sql("select judge_id, criterion_id, participant_id, points from trn_contest_score where contest_id = :c")
			.param("c", contest)
			.query((rs, n) -> new ContestScoring.Score(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					plain(rs.getBigDecimal(4))))
			.list();
	}

	List<ContestView.FileView> files(long contest) {
		return this.jdbc.sql("""
				select id, kind, title, file_name, media_type, file_size from trn_contest_file
				where contest_id = :c order by id""")
			.param("c", contest)
			.query((rs, n) -> new ContestView.FileView(rs.getLong(1), ContestFileKind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)))
			.list();
	}

	/** The stored file's hash and the name it is offered under. */
	java.util.Optional<StoredName> file(long contest, long file) {
		return this.jdbc.sql("""
				select file_hash, file_name, media_type, file_size from trn_contest_file
				where contest_id = :c and id = :f""")
			.param("c", contest)
			.param("f", file)
			.query((rs, n) -> new StoredName(rs.getString(1).strip(), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.optional();
	}

	/**
	 * Replaces the rounds, judges and criteria by position. Removing a judge or a
	 * criterion that already has scores, or lowering a criterion below points already
	 * given, is refused; nothing is written then.
	 */
	List<FieldProblem> keep(long contest, ContestDetails d) {
		List<FieldProblem> problems = new ArrayList<>();
		List<Long> judges = ids("trn_contest_judge", contest, "id");
		List<Long> criteria = ids("trn_contest_criterion", contest, "sort_order");
		for (int i = d.judges().size(); i < judges.size(); i++) {
			if (scored("judge_id", judges.get(i))) {
				problems.add(FieldProblem.of("judges", "contest.judges.scored", i + 1));
			}
		}
		for (int i = 0; i < criteria.size(); i++) {
			if (i >= d.criteria().size()) {
				if (scored("criterion_id", criteria.get(i))) {
					problems.add(FieldProblem.of("criteria", "contest.criteria.scored", i + 1));
				}
			}
			else if (highest(criteria.get(i)).compareTo(d.criteria().get(i).maxPoints()) > 0) {
				problems.add(FieldProblem.of("criteria", "contest.criteria.belowScores", i + 1));
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		write(contest, d, judges, criteria);
		return problems;
	}

	private void write(long contest, ContestDetails d, List<Long> judges, List<Long> criteria) {
		for (int i = 0; i < d.judges().size(); i++) {
			ContestDetails.Judge j = d.judges().get(i);
			if (i < judges.size()) {
				this.jdbc.sql("update trn_contest_judge set full_name = :n, role_title = :t where id = :id")
					.param("n", j.fullName().strip())
					.param("t", j.title())
					.param("id", judges.get(i))
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
		for (int i = d.judges().size(); i < judges.size(); i++) {
			this.jdbc.sql("delete from trn_contest_judge where id = :id").param("id", judges.get(i)).update();
		}
		for (int i = 0; i < d.criteria().size(); i++) {
			ContestDetails.Criterion c = d.criteria().get(i);
			if (i < criteria.size()) {
				this.jdbc.sql("update trn_contest_criterion set name = :n, max_points = :m where id = :id")
					.param("n", c.name().strip())
					.param("m", c.maxPoints())
					.param("id", criteria.get(i))
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
		for (int i = d.criteria().size(); i < criteria.size(); i++) {
			this.jdbc.sql("delete from trn_contest_criterion where id = :id").param("id", criteria.get(i)).update();
		}
		rounds(contest, d.rounds());
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
		for (int i = rounds.size(); i < ids.size(); i++) {
			this.jdbc.sql("delete from trn_contest_round where id = :id").param("id", ids.get(i)).update();
		}
	}

	boolean linkRound(long contest, long round, Long event) {
		return this.jdbc.sql("update trn_contest_round set event_id = :e where id = :r and contest_id = :c")
			.param("e", event)
			.param("r", round)
			.param("c", contest)
			.update() == 1;
	}

	long addParticipant(long contest, NewParticipant p) {
		this.jdbc.sql("""
				insert into trn_contest_participant (contest_id, kind, team_id, mediator_id, name, unit_name, unit_id,
				  commune_unit_id) values (:c, :k, :t, :m, :n, :un, :u, :cu)""")
			.param("c", contest)
			.param("k", p.kind().name())
			.param("t", p.teamId())
			.param("m", p.mediatorId())
			.param("n", p.name())
			.param("un", p.unitName())
			.param("u", p.unitId())
			.param("cu", p.communeUnitId())
			.update();
		return this.jdbc.sql("select max(id) from trn_contest_participant where contest_id = :c")
			.param("c", contest)
			.query(Long.class)
			.single();
	}

	boolean entered(long contest, ParticipantKind kind, long ref) {
		String column = (kind == ParticipantKind.TEAM) ? "team_id" : "mediator_id";
		return this.jdbc
			.sql("select count(*) from trn_contest_participant where contest_id = :c and " + column + " = :r")
			.param("c", contest)
			.param("r", ref)
			.query(Long.class)
			.single() > 0;
	}

	void prize(long participant, Prize prize) {
		this.jdbc.sql("update trn_contest_participant set prize = :p where id = :id")
			.param("p", (prize != null) ? prize.name() : null)
			.param("id", participant)
			.update();
	}

	/** Puts one judge's points (null removes them). */
	void score(long contest, long judge, long criterion, long participant, BigDecimal points) {
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

	void addFile(long contest, ContestFileKind kind, String title, StoredFiles.StoredFile stored, String name) {
		this.jdbc.sql("""
				insert into trn_contest_file (contest_id, kind, title, file_hash, file_name, media_type, file_size,
				  created_at) values (:c, :k, :t, :h, :n, :m, :s, :at)""")
			.param("c", contest)
			.param("k", kind.name())
			.param("t", title)
			.param("h", stored.hash())
			.param("n", name)
			.param("m", stored.type().mediaType())
			.param("s", stored.size())
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	/**
	 * Per unit, the last year it organised a contest or sent a participant to one
	 * (withdrawn contests do not count).
	 */
	Map<Long, Integer> lastYears() {
		Map<Long, Integer> last = new java.util.HashMap<>();
		this.jdbc.sql("""
				select organiser_unit_id, max(contest_year) from trn_contest where withdrawn_reason is null
				group by organiser_unit_id
				union all
				select p.commune_unit_id, max(c.contest_year) from trn_contest_participant p
				join trn_contest c on c.id = p.contest_id
				where c.withdrawn_reason is null and p.commune_unit_id is not null group by p.commune_unit_id""")
			.query((rs, n) -> last.merge(rs.getLong(1), rs.getInt(2), Math::max))
			.list();
		return last;
	}

	private List<Long> ids(String table, long contest, String order) {
		return this.jdbc.sql("select id from " + table + " where contest_id = :c order by " + order)
			.param("c", contest)
			.query(Long.class)
			.list();
	}

	private boolean scored(String column, long id) {
		return this.jdbc.sql("select count(*) from trn_contest_score where " + column + " = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	private BigDecimal highest(long criterion) {
		return this.jdbc.sql("select points from trn_contest_score where criterion_id = :id")
			.param("id", criterion)
			.query(BigDecimal.class)
			.list()
			.stream()
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
	}

	/** "30.00" as 30 and "7.50" as 7.5, never in exponent form. */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/** A participant as stored. */
	record Participant(long id, ParticipantKind kind, Long teamId, Long mediatorId, String name, String unitName,
			Prize prize) {
	}

	/** A participant to add, as the mediators module describes them. */
	record NewParticipant(ParticipantKind kind, Long teamId, Long mediatorId, String name, String unitName, Long unitId,
			Long communeUnitId) {
	}

	/** A stored file of a contest. */
	record StoredName(String hash, String fileName, String mediaType, long size) {
	}

}

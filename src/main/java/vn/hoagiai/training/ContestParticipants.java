package vn.hoagiai.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * A contest's participants, kept in SQL with their name and unit as they were at the
 * contest, and their prizes. A participant is withdrawn with a reason, never deleted: it
 * stays in the contest's history, out of its ranking. The service checks scope and
 * version first.
 */
@Component
class ContestParticipants {

	private static final String SELECT = """
			select id, kind, team_id, mediator_id, name, unit_name, prize, withdrawn_reason
			from trn_contest_participant""";

	private final JdbcClient jdbc;

	ContestParticipants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The participants still in the contest. */
	List<Participant> of(long contest) {
		return this.jdbc.sql(SELECT + " where contest_id = :c and withdrawn_reason is null order by id")
			.param("c", contest)
			.query((rs, n) -> participant(rs))
			.list();
	}

	/** One participant of the contest, withdrawn or not. */
	Optional<Participant> find(long contest, long participant) {
		return this.jdbc.sql(SELECT + " where contest_id = :c and id = :p")
			.param("c", contest)
			.param("p", participant)
			.query((rs, n) -> participant(rs))
			.optional();
	}

	/** The participants withdrawn from the contest, with the reason. */
	List<ContestView.WithdrawnParticipantView> withdrawn(long contest) {
		return this.jdbc.sql("""
				select id, kind, team_id, mediator_id, name, unit_name, withdrawn_reason, withdrawn_at
				from trn_contest_participant where contest_id = :c and withdrawn_reason is not null order by id""")
			.param("c", contest)
			.query((rs, n) -> new ContestView.WithdrawnParticipantView(rs.getLong(1),
					ParticipantKind.valueOf(rs.getString(2)), rs.getObject(3, Long.class), rs.getObject(4, Long.class),
					rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getTimestamp(8).toLocalDateTime().toLocalDate()))
			.list();
	}

	/** Enters a participant; answers its id (the generated key, not a later read). */
	long add(long contest, NewParticipant p) {
		KeyHolder key = new GeneratedKeyHolder();
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
			.update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * Whether the team or mediator is in the contest (a withdrawn one may enter again).
	 */
	boolean entered(long contest, ParticipantKind kind, long ref) {
		String column = (kind == ParticipantKind.TEAM) ? "team_id" : "mediator_id";
		return this.jdbc
			.sql("select count(*) from trn_contest_participant where contest_id = :c and " + column
					+ " = :r and withdrawn_reason is null")
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

	void withdraw(long participant, String reason) {
		this.jdbc.sql("update trn_contest_participant set withdrawn_reason = :r, withdrawn_at = :at where id = :id")
			.param("r", reason)
			.param("at", Timestamp.from(Instant.now()))
			.param("id", participant)
			.update();
	}

	private static Participant participant(ResultSet rs) throws SQLException {
		return new Participant(rs.getLong(1), ParticipantKind.valueOf(rs.getString(2)), rs.getObject(3, Long.class),
				rs.getObject(4, Long.class), rs.getString(5), rs.getString(6),
				(rs.getString(7) != null) ? Prize.valueOf(rs.getString(7)) : null, rs.getString(8) != null);
	}

	/** A participant as stored. */
	record Participant(long id, ParticipantKind kind, Long teamId, Long mediatorId, String name, String unitName,
			Prize prize, boolean withdrawn) {

		/** How the audit trail names them: "TEAM 12 Tổ hòa giải thôn Nà Pài". */
		String label() {
			return this.kind + " " + ((this.teamId != null) ? this.teamId : this.mediatorId) + " " + this.name;
		}

	}

	/** A participant to add, as the mediators module describes them. */
	record NewParticipant(ParticipantKind kind, Long teamId, Long mediatorId, String name, String unitName, Long unitId,
			Long communeUnitId) {
	}

}

package vn.hoagiai.training;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A contest's participants, kept in SQL with their name and unit as they were at the
 * contest, and their prizes. The service checks scope and version first.
 */
@Component
class ContestParticipants {

	private final JdbcClient jdbc;

	ContestParticipants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Participant> of(long contest) {
		return this.jdbc.sql("""
				select id, kind, team_id, mediator_id, name, unit_name, prize from trn_contest_participant
				where contest_id = :c order by id""")
			.param("c", contest)
			.query((rs, n) -> new Participant(rs.getLong(1), ParticipantKind.valueOf(rs.getString(2)),
					rs.getObject(3, Long.class), rs.getObject(4, Long.class), rs.getString(5), rs.getString(6),
					(rs.getString(7) != null) ? Prize.valueOf(rs.getString(7)) : null))
			.list();
	}

	long add(long contest, NewParticipant p) {
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

	/** A participant as stored. */
	record Participant(long id, ParticipantKind kind, Long teamId, Long mediatorId, String name, String unitName,
			Prize prize) {
	}

	/** A participant to add, as the mediators module describes them. */
	record NewParticipant(ParticipantKind kind, Long teamId, Long mediatorId, String name, String unitName, Long unitId,
			Long communeUnitId) {
	}

}

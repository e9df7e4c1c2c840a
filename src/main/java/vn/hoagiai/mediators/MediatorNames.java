package vn.hoagiai.mediators;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names of teams and mediators by id, for documents that print them (the register
 * book, a written record, a fee list). Names only, no personal data; does not check the
 * viewer's scope: callers have checked the team or case they print.
 */
@Service
@Transactional(readOnly = true)
public class MediatorNames {

	private final JdbcClient jdbc;

	MediatorNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Mediators' full names by id, in one query; unknown ids are left out. */
	public Map<Long, String> mediators(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.sql("select id, full_name from med_mediator where id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
			.list();
		return names;
	}

	/** Teams' names by id, in one query; unknown ids are left out. */
	public Map<Long, String> teams(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.sql("select id, name from med_team where id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
			.list();
		return names;
	}

	/** The team's name and the village it serves. */
	public Optional<TeamName> team(long teamId) {
		return this.jdbc.sql("select id, name, unit_id from med_team where id = :id")
			.param("id", teamId)
			.query((rs, n) -> new TeamName(rs.getLong(1), rs.getString(2), vn.hoagiai.shared.UnitId.of(rs.getLong(3))))
			.optional();
	}

	/** A team's name and its village. */
	public record TeamName(long teamId, String name, vn.hoagiai.shared.UnitId unitId) {

	}

}

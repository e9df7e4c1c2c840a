package vn.hoagiai.training;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.UnitId;

/**
 * The one place where training reads the mediators' register, read-only and in SQL (as
 * reports do): names, units and status by id, without the personal fields. The scope
 * checks stay with the callers.
 */
@Component
class MediatorDirectory {

	private static final String SELECT = """
			select m.id, m.full_name, m.name_folded, m.birth_year, m.unit_id, m.team_id, m.status, u.name as unit_name
			from med_mediator m join org_unit u on u.id = m.unit_id
			""";

	private final JdbcClient jdbc;

	MediatorDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<Long, Person> byIds(Collection<Long> ids) {
		Map<Long, Person> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.jdbc.sql(SELECT + " where m.id in (:ids)")
			.param("ids", ids)
			.query(MediatorDirectory::map)
			.list()
			.forEach((p) -> found.put(p.id(), p));
		return found;
	}

	/** The active mediators in the visible units (for matching names of an import). */
	List<Person> active(VisibleUnits visible) {
		if (visible.all()) {
			return this.jdbc.sql(SELECT + " where m.status = 'ACTIVE'").query(MediatorDirectory::map).list();
		}
		if (visible.ids().isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where m.status = 'ACTIVE' and m.unit_id in (:units)")
			.param("units", visible.ids())
			.query(MediatorDirectory::map)
			.list();
	}

	/** Trainers of the roster by id: their names (trainers carry no personal data). */
	Map<Long, String> trainerNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("select id, full_name from med_trainer where id in (:ids)")
				.param("ids", ids)
				.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
				.list();
		}
		return names;
	}

	private static Person map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		int birth = rs.getInt("birth_year");
		Integer birthYear = rs.wasNull() ? null : birth;
		long team = rs.getLong("team_id");
		Long teamId = rs.wasNull() ? null : team;
		return new Person(rs.getLong("id"), rs.getString("full_name"), rs.getString("name_folded"), birthYear,
				UnitId.of(rs.getLong("unit_id")), rs.getString("unit_name"), teamId,
				"ACTIVE".equals(rs.getString("status")));
	}

	/** A mediator as training needs them. */
	record Person(long id, String fullName, String nameFolded, Integer birthYear, UnitId unitId, String unitName,
			Long teamId, boolean active) {
	}

}

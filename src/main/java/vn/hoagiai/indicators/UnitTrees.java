package vn.hoagiai.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.organization.UnitFlags;
import vn.hoagiai.organization.UnitType;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.UnitId;

/**
 * The units below a root on a date, read one level at a time (the map is at most four
 * levels deep) through the parent index, or every unit of the country in one flat read. A
 * recursive query over the whole country costs H2 minutes; these cost one indexed read
 * per level.
 */
@Component
class UnitTrees {

	private static final String ACTIVE = " %1$s.valid_from <= :d and (%1$s.valid_to is null or %1$s.valid_to > :d) ";

	private static final String COLUMNS = "select u.id, u.code, coalesce(n.name, u.name) as name, u.type, "
			+ "p.parent_id, u.valid_from, u.valid_to, u.ethnic_minority_area, u.difficult_area, "
			+ "u.advanced_new_rural, u.pilot, u.households ";

	private static final String NAME = "left join org_unit_name n on n.unit_id = u.id and" + ACTIVE.formatted("n");

	private static final int CHUNK = 1000;

	private static final String ABOVE_VILLAGES = " and u.type not in ('VILLAGE', 'RESIDENTIAL_GROUP')";

	private final JdbcClient jdbc;

	UnitTrees(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code root} (already read) and every unit below it on {@code date}. */
	List<UnitView> below(UnitView root, LocalDate date) {
		return below(root, date, false);
	}

	/** As {@link #below(UnitView, LocalDate)}, without villages if asked. */
	List<UnitView> below(UnitView root, LocalDate date, boolean communesOnly) {
		String above = communesOnly ? ABOVE_VILLAGES : "";
		List<UnitView> all = new ArrayList<>(List.of(root));
		List<Long> level = List.of(root.id().value());
		for (int depth = 0; depth < 6 && !level.isEmpty(); depth++) {
			List<UnitView> next = new ArrayList<>();
			for (int i = 0; i < level.size(); i += CHUNK) {
				next.addAll(this.jdbc
					.sql(COLUMNS + "from org_unit_parent p join org_unit u on u.id = p.unit_id " + NAME
							+ "where p.parent_id in (:ids) and" + ACTIVE.formatted("p") + "and" + ACTIVE.formatted("u")
							+ above)
					.param("d", date)
					.param("ids", level.subList(i, Math.min(level.size(), i + CHUNK)))
					.query(UnitTrees::map)
					.list());
			}
			all.addAll(next);
			level = next.stream().map((u) -> u.id().value()).toList();
		}
		return all;
	}

	/** Every unit that exists on {@code date}, with its parent then. */
	List<UnitView> country(LocalDate date) {
		return country(date, false);
	}

	/** As {@link #country(LocalDate)}, without villages if asked. */
	List<UnitView> country(LocalDate date, boolean communesOnly) {
		return this.jdbc
			.sql(COLUMNS + "from org_unit u " + NAME + "left join org_unit_parent p on p.unit_id = u.id and"
					+ ACTIVE.formatted("p") + "where" + ACTIVE.formatted("u") + (communesOnly ? ABOVE_VILLAGES : ""))
			.param("d", date)
			.query(UnitTrees::map)
			.list();
	}

	private static UnitView map(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		UnitId parentId = rs.wasNull() ? null : UnitId.of(parent);
		int households = rs.getInt("households");
		Integer householdCount = rs.wasNull() ? null : households;
		java.sql.Date validTo = rs.getDate("valid_to");
		return new UnitView(UnitId.of(rs.getLong("id")), rs.getString("code"), rs.getString("name"),
				UnitType.valueOf(rs.getString("type")), parentId, rs.getDate("valid_from").toLocalDate(),
				(validTo != null) ? validTo.toLocalDate() : null, new UnitFlags(rs.getBoolean("ethnic_minority_area"),
						rs.getBoolean("difficult_area"), rs.getBoolean("advanced_new_rural"), rs.getBoolean("pilot")),
				householdCount);
	}

}

package vn.hoagiai.mediators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.VietnameseText;

/**
 * The trainer list in one SQL query, with accent-insensitive name search on the folded
 * name, and the active trainers per level in an area.
 */
@Component
class TrainerQueries {

	private static final String FROM = """
			from med_trainer t
			join org_unit u on u.id = t.unit_id
			left join org_agency a on a.id = t.agency_id
			""";

	private final JdbcClient jdbc;

	TrainerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<TrainerRow> list(TrainerFilter filter, VisibleUnits visible, Collection<Long> area, Pageable page) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (!visible.all()) {
			where.add("t.unit_id in (:visible)");
			params.put("visible", visible.ids().isEmpty() ? List.of(-1L) : visible.ids());
		}
		if (area != null) {
			where.add("t.unit_id in (:area)");
			params.put("area", area.isEmpty() ? List.of(-1L) : area);
		}
		String q = VietnameseText.fold(filter.q()).replace("%", "").replace("_", "");
		if (!q.isBlank()) {
			where.add("t.name_folded like :q");
			params.put("q", "%" + q + "%");
		}
		if (filter.level() != null) {
			where.add("t.level = :level");
			params.put("level", filter.level().name());
		}
		if (filter.active() != null) {
			where.add("t.active = :active");
			params.put("active", filter.active());
		}
		String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		long total = this.jdbc.sql("select count(*) " + FROM + clause).params(params).query(Long.class).single();
		List<TrainerRow> rows = this.jdbc
			.sql("select t.id, t.full_name, t.unit_id, u.name as unit_name, coalesce(a.name, t.agency_name) as agency, "
					+ "t.background, t.level, t.topics, t.active " + FROM + clause
					+ " order by t.name_folded, t.id limit :limit offset :offset")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(TrainerQueries::map)
			.list();
		return new PageImpl<>(rows, page, total);
	}

	/** Active trainers per level among the given units. */
	Map<TrainerLevel, Long> activeByLevel(Collection<Long> area) {
		Map<TrainerLevel, Long> counts = new EnumMap<>(TrainerLevel.class);
		for (TrainerLevel level : TrainerLevel.values()) {
			counts.put(level, 0L);
		}
		this.jdbc
			.sql("select level, count(*) as n from med_trainer where active = true and unit_id in (:area) "
					+ "group by level")
			.param("area", area.isEmpty() ? List.of(-1L) : area)
			.query((rs, n) -> counts.put(TrainerLevel.valueOf(rs.getString("level")), rs.getLong("n")))
			.list();
		return counts;
	}

	private static TrainerRow map(ResultSet rs, int row) throws SQLException {
		return new TrainerRow(rs.getLong("id"), rs.getString("full_name"), UnitId.of(rs.getLong("unit_id")),
				rs.getString("unit_name"), rs.getString("agency"),
				TrainerBackground.valueOf(rs.getString("background")), TrainerLevel.valueOf(rs.getString("level")),
				rs.getString("topics"), rs.getBoolean("active"));
	}

}

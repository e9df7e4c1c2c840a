package vn.hoagiai.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.shared.VietnameseText;

/**
 * The case list in one SQL query, scoped to the viewer's units, with accent-insensitive
 * search on the parties' folded names.
 */
@Component
class CaseQueries {

	private final JdbcClient jdbc;

	private final UnitDirectory units;

	CaseQueries(JdbcClient jdbc, UnitDirectory units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	Page<CaseRow> list(CaseFilter filter, VisibleUnits visible, Pageable page) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (!visible.all()) {
			where.add("c.unit_id in (:visible)");
			params.put("visible", visible.ids().isEmpty() ? List.of(-1L) : visible.ids());
		}
		if (filter.unit() != null) {
			where.add("c.unit_id in (:below)");
			params.put("below", this.units.subtreeIds(filter.unit(), LocalDate.now()));
		}
		add(where, params, "c.team_id = :team", "team", filter.teamId());
		add(where, params, "c.status = :status", "status", (filter.status() != null) ? filter.status().name() : null);
		add(where, params, "c.field_code = :field", "field", filter.fieldCode());
		add(where, params, "c.received_on >= :from", "from", filter.from());
		add(where, params, "c.received_on <= :to", "to", filter.to());
		String q = VietnameseText.fold(filter.q());
		if (!q.isBlank()) {
			where.add("exists (select 1 from cas_party p where p.case_id = c.id and p.name_folded like :q)");
			params.put("q", "%" + q.replace("%", "").replace("_", "") + "%");
		}
		String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		long total = this.jdbc.sql("select count(*) from cas_case c" + clause)
			.params(params)
			.query(Long.class)
			.single();
		List<CaseRow> rows = this.jdbc
			.sql("select c.id, c.team_id, c.unit_id, c.register_year, c.register_number, c.received_on, "
					+ "c.field_code, c.status, c.result, c.private_mediation, "
					+ "(select count(*) from cas_party p where p.case_id = c.id and p.role = 'PARTY') as parties "
					+ "from cas_case c" + clause
					+ " order by c.received_on desc, c.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, n) -> map(rs))
			.list();
		return new PageImpl<>(rows, page, total);
	}

	boolean fieldExists(String code) {
		return this.jdbc.sql("select count(*) from cas_field where code = :code and active")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	private static void add(List<String> where, Map<String, Object> params, String condition, String name,
			Object value) {
		if (value != null) {
			where.add(condition);
			params.put(name, value);
		}
	}

	private static CaseRow map(ResultSet rs) throws SQLException {
		String result = rs.getString("result");
		return new CaseRow(rs.getLong("id"), rs.getLong("team_id"), UnitId.of(rs.getLong("unit_id")),
				rs.getInt("register_year"), rs.getInt("register_number"), rs.getDate("received_on").toLocalDate(),
				rs.getString("field_code"), CaseStatus.valueOf(rs.getString("status")),
				(result != null) ? CaseResult.valueOf(result) : null, rs.getBoolean("private_mediation"),
				rs.getInt("parties"));
	}

}

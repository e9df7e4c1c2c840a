package vn.hoagiai.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.VietnameseText;

/**
 * The contest list in SQL, newest first, limited to the organisers the viewer may read,
 * with the participants still in each; and the years each unit last took part, for the
 * schedule.
 */
@Component
class ContestQueries {

	private static final String SELECT = """
			select c.id, c.title, c.contest_level, c.contest_year, c.organiser_unit_id, u.name as unit_name,
			  c.organiser_agency, c.withdrawn_reason,
			  (select count(*) from trn_contest_participant p where p.contest_id = c.id
			    and p.withdrawn_reason is null) as participants
			from trn_contest c join org_unit u on u.id = c.organiser_unit_id
			""";

	private final JdbcClient jdbc;

	ContestQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<ContestRow> list(ContestFilter filter, VisibleUnits readable, Pageable page) {
		Map<String, Object> params = new LinkedHashMap<>();
		String clause = where(filter, readable, params);
		long total = this.jdbc.sql("select count(*) from trn_contest c" + clause)
			.params(params)
			.query(Long.class)
			.single();
		List<ContestRow> rows = this.jdbc
			.sql(SELECT + clause + " order by c.contest_year desc, c.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(ContestQueries::map)
			.list();
		return new PageImpl<>(rows, page, total);
	}

	/**
	 * Per unit, the last year it organised a contest or sent a participant to one
	 * (withdrawn contests and withdrawn participants do not count).
	 */
	Map<Long, Integer> lastYears() {
		Map<Long, Integer> last = new HashMap<>();
		this.jdbc.sql("""
				select organiser_unit_id, max(contest_year) from trn_contest where withdrawn_reason is null
				group by organiser_unit_id
				union all
				select p.commune_unit_id, max(c.contest_year) from trn_contest_participant p
				join trn_contest c on c.id = p.contest_id
				where c.withdrawn_reason is null and p.withdrawn_reason is null and p.commune_unit_id is not null
				group by p.commune_unit_id""")
			.query((rs, n) -> last.merge(rs.getLong(1), rs.getInt(2), Math::max))
			.list();
		return last;
	}

	private static String where(ContestFilter filter, VisibleUnits readable, Map<String, Object> params) {
		List<String> where = new ArrayList<>();
		if (!readable.all()) {
			where.add("c.organiser_unit_id in (:units)");
			params.put("units", readable.ids().isEmpty() ? List.of(-1L) : readable.ids());
		}
		String q = VietnameseText.fold(filter.q()).replace("%", "").replace("_", "");
		if (!q.isBlank()) {
			where.add("c.title_folded like :q");
			params.put("q", "%" + q + "%");
		}
		if (filter.level() != null) {
			where.add("c.contest_level = :level");
			params.put("level", filter.level().name());
		}
		if (filter.year() != null) {
			where.add("c.contest_year = :year");
			params.put("year", filter.year());
		}
		return where.isEmpty() ? "" : " where " + String.join(" and ", where);
	}

	private static ContestRow map(ResultSet rs, int row) throws SQLException {
		return new ContestRow(rs.getLong("id"), rs.getString("title"),
				ContestLevel.valueOf(rs.getString("contest_level")), rs.getInt("contest_year"),
				rs.getLong("organiser_unit_id"), rs.getString("unit_name"), rs.getString("organiser_agency"),
				rs.getLong("participants"), rs.getString("withdrawn_reason") != null);
	}

}

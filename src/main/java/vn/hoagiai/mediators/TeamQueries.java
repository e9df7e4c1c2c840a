package vn.hoagiai.mediators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.UnitId;

/**
 * The team list in one SQL query: member counts per team and the Art. 12 conditions, so
 * that "teams that do not meet the law" can be filtered and paged in the database. The
 * SQL condition mirrors {@link TeamComposition}; a test keeps the two equal.
 */
@Component
class TeamQueries {

	/** A village is in an ethnic-minority area when it or its commune is flagged. */
	static final String ETHNIC_AREA = "(u.ethnic_minority_area or coalesce(pu.ethnic_minority_area, false))";

	static final String NONCOMPLIANT = "(coalesce(c.members, 0) < " + TeamComposition.MINIMUM
			+ " or coalesce(c.women, 0) = 0 or (" + ETHNIC_AREA + " and coalesce(c.minority, 0) = 0)"
			+ " or coalesce(c.leaders, 0) <> 1 or (t.quota is not null and coalesce(c.members, 0) > t.quota))";

	private static final String FROM = """
			from med_team t
			join org_unit u on u.id = t.unit_id
			left join org_unit_parent pl on pl.unit_id = u.id and pl.valid_to is null
			left join org_unit pu on pu.id = pl.parent_id
			left join (
			  select m.team_id, count(*) as members,
			    sum(case when m.sex = 'FEMALE' then 1 else 0 end) as women,
			    sum(case when e.minority then 1 else 0 end) as minority,
			    sum(case when m.team_role = 'LEADER' then 1 else 0 end) as leaders
			  from med_mediator m left join med_ethnicity e on e.code = m.ethnicity_code
			  where m.status = 'ACTIVE' and m.team_id is not null%s
			  group by m.team_id
			) c on c.team_id = t.id
			""";

	private final JdbcClient jdbc;

	private final UnitDirectory units;

	TeamQueries(JdbcClient jdbc, UnitDirectory units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	Page<TeamRow> list(TeamFilter filter, VisibleUnits visible, Pageable page) {
		return list(filter, visible, null, page);
	}

	/**
	 * As above; with {@code onlyTeam}, that team alone (a team leader's or mediator's
	 * list).
	 */
	Page<TeamRow> list(TeamFilter filter, VisibleUnits visible, Long onlyTeam, Pageable page) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (onlyTeam != null) {
			where.add("t.id = :onlyTeam");
			params.put("onlyTeam", onlyTeam);
		}
		// A member's unit is their team's unit, so the unit conditions also narrow the
		// member counts to the teams listed instead of counting every mediator.
		List<String> memberWhere = new ArrayList<>();
		if (!visible.all()) {
			where.add("t.unit_id in (:visible)");
			memberWhere.add(" and m.unit_id in (:visible)");
			params.put("visible", visible.ids().isEmpty() ? List.of(-1L) : visible.ids());
		}
		if (filter.unit() != null) {
			where.add("t.unit_id in (:below)");
			memberWhere.add(" and m.unit_id in (:below)");
			params.put("below", this.units.subtreeIds(filter.unit(), LocalDate.now()));
		}
		String from = FROM.formatted(String.join("", memberWhere));
		if (filter.q() != null && !filter.q().isBlank()) {
			where.add("(lower(t.name) like :q or lower(u.name) like :q)");
			params.put("q", "%" + filter.q().strip().toLowerCase(Locale.ROOT) + "%");
		}
		if (filter.active() != null) {
			where.add(filter.active() ? "t.status = 'ACTIVE'" : "t.status <> 'ACTIVE'");
		}
		if (filter.compliant() != null) {
			where.add(filter.compliant() ? "not " + NONCOMPLIANT : NONCOMPLIANT);
		}
		if (filter.unreviewedIn() != null) {
			where.add("not exists (select 1 from med_team_review r where r.team_id = t.id and r.review_year = :year)");
			params.put("year", filter.unreviewedIn());
		}
		String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		long total = this.jdbc.sql("select count(*) " + from + clause).params(params).query(Long.class).single();
		List<TeamRow> rows = this.jdbc
			.sql("select t.id, t.name, t.unit_id, u.name as unit_name, t.status, t.quota, " + ETHNIC_AREA
					+ " as ethnic_area, t.typical_model, coalesce(c.members, 0) as members, "
					+ "coalesce(c.women, 0) as women, coalesce(c.minority, 0) as minority, "
					+ "coalesce(c.leaders, 0) as leaders, "
					+ "(select max(r.review_year) from med_team_review r where r.team_id = t.id) as last_review " + from
					+ clause + " order by u.name, t.name limit :limit offset :offset")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(TeamQueries::map)
			.list();
		return new PageImpl<>(rows, page, total);
	}

	long countActive(java.util.Collection<Long> unitIds) {
		return this.jdbc.sql("select count(*) from med_team where status = 'ACTIVE' and unit_id in (:units)")
			.param("units", unitIds.isEmpty() ? List.of(-1L) : unitIds)
			.query(Long.class)
			.single();
	}

	private static TeamRow map(ResultSet rs, int row) throws SQLException {
		int quota = rs.getInt("quota");
		Integer quotaValue = rs.wasNull() ? null : quota;
		int review = rs.getInt("last_review");
		Integer lastReview = rs.wasNull() ? null : review;
		return new TeamRow(rs.getLong("id"), rs.getString("name"), UnitId.of(rs.getLong("unit_id")),
				rs.getString("unit_name"), TeamStatus.valueOf(rs.getString("status")), quotaValue,
				rs.getBoolean("ethnic_area"), rs.getBoolean("typical_model"), rs.getInt("members"), rs.getInt("women"),
				rs.getInt("minority"), rs.getInt("leaders"), lastReview);
	}

}

package vn.hoagiai.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
 * The case list and its counts in SQL, scoped to the viewer's units, with
 * accent-insensitive search on the parties' folded names.
 */
@Component
class CaseQueries {

	private static final String OVERDUE = "exists (select 1 from cas_followup f where f.case_id = c.id "
			+ "and f.checked_on is null and f.due_on < :today)";

	private final JdbcClient jdbc;

	private final UnitDirectory units;

	CaseQueries(JdbcClient jdbc, UnitDirectory units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/**
	 * How many cases match, by state and result, and the rows on one page;
	 * {@code onlyMediator} keeps the cases assigned to that mediator. The filter (with
	 * the chosen unit's subtree) is worked out once for both.
	 */
	CountedPage page(CaseFilter filter, VisibleUnits visible, Long onlyMediator, Pageable page) {
		Where where = where(filter, visible, onlyMediator);
		CaseCounts counts = counts(where);
		return new CountedPage(counts, rows(where, page, counts.total()));
	}

	record CountedPage(CaseCounts counts, Page<CaseRow> rows) {
	}

	private Page<CaseRow> rows(Where where, Pageable page, long total) {
		List<CaseRow> rows = this.jdbc
			.sql("select c.id, c.team_id, c.unit_id, c.register_year, c.register_number, c.received_on, "
					+ "c.field_code, c.status, c.result, c.private_mediation, "
					+ "(select count(*) from cas_party p where p.case_id = c.id and p.role = 'PARTY') as parties, "
					+ "case when " + OVERDUE + " then true else false end as overdue from cas_case c" + where.clause()
					+ " order by c.received_on desc, c.id desc limit :limit offset :offset")
			.params(where.params())
			.param("today", LocalDate.now())
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, n) -> map(rs))
			.list();
		return new PageImpl<>(rows, page, total);
	}

	CaseCounts counts(CaseFilter filter, VisibleUnits visible, Long onlyMediator) {
		return counts(where(filter, visible, onlyMediator));
	}

	private CaseCounts counts(Where where) {
		long[] n = new long[8];
		this.jdbc
			.sql("select c.status, c.result, count(*) from cas_case c" + where.clause()
					+ " group by c.status, c.result")
			.params(where.params())
			.query((rs, row) -> {
				long count = rs.getLong(3);
				n[0] += count;
				switch (CaseStatus.valueOf(rs.getString(1))) {
					case RECEIVED -> n[1] += count;
					case IN_PROGRESS -> n[2] += count;
					case CLOSED -> n[3] += count;
				}
				String result = rs.getString(2);
				if (result != null) {
					n[4 + CaseResult.valueOf(result).ordinal()] += count;
				}
				return null;
			})
			.list();
		return new CaseCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7]);
	}

	/** The parties' names of the given cases, in party order, joined by commas. */
	Map<Long, String> partyNames(Collection<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<String>> names = new LinkedHashMap<>();
		this.jdbc
			.sql("select case_id, full_name from cas_party where case_id in (:ids) and role = 'PARTY' "
					+ "order by case_id, sort_order")
			.param("ids", caseIds)
			.query((rs, n) -> names.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return names.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> String.join(", ", e.getValue())));
	}

	/** Of the given cases, those the mediator is assigned to. */
	List<Long> assignedAmong(long mediatorId, Collection<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select case_id from cas_assignment where mediator_id = :mediator and case_id in (:ids)")
			.param("mediator", mediatorId)
			.param("ids", caseIds)
			.query(Long.class)
			.list();
	}

	boolean fieldExists(String code) {
		return this.jdbc.sql("select count(*) from cas_field where code = :code and active")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	/** The active fields in their order: code and Vietnamese name. */
	List<CaseField> fields() {
		return this.jdbc.sql("select code, name from cas_field where active order by sort_order")
			.query((rs, n) -> new CaseField(rs.getString(1), rs.getString(2)))
			.list();
	}

	private Where where(CaseFilter filter, VisibleUnits visible, Long onlyMediator) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		// one list of units: the visible ones, narrowed to the chosen unit's subtree
		Collection<Long> units = visible.all() ? null : visible.ids();
		if (filter.unit() != null) {
			List<Long> below = this.units.subtreeIds(filter.unit(), LocalDate.now());
			units = (units == null) ? below : below.stream().filter(units::contains).toList();
		}
		if (units != null) {
			where.add("c.unit_id in (:units)");
			params.put("units", units.isEmpty() ? List.of(-1L) : units);
		}
		add(where, params, "c.team_id = :team", "team", filter.teamId());
		add(where, params, "c.status = :status", "status", (filter.status() != null) ? filter.status().name() : null);
		add(where, params, "c.field_code = :field", "field", filter.fieldCode());
		add(where, params, "c.received_on >= :from", "from", filter.from());
		add(where, params, "c.received_on <= :to", "to", filter.to());
		add(where, params,
				"exists (select 1 from cas_assignment a where a.case_id = c.id and a.mediator_id = :mediator)",
				"mediator", filter.mediatorId());
		add(where, params,
				"exists (select 1 from cas_assignment a where a.case_id = c.id and a.mediator_id = :assignedTo)",
				"assignedTo", onlyMediator);
		if (Boolean.TRUE.equals(filter.overdueFollowUps())) {
			where.add(OVERDUE);
			params.put("today", LocalDate.now());
		}
		String q = VietnameseText.fold(filter.q());
		if (!q.isBlank()) {
			where.add("exists (select 1 from cas_party p where p.case_id = c.id and p.name_folded like :q)");
			params.put("q", "%" + q.replace("%", "").replace("_", "") + "%");
		}
		return new Where(where.isEmpty() ? "" : " where " + String.join(" and ", where), params);
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
				rs.getInt("parties"), null, rs.getBoolean("overdue"));
	}

	private record Where(String clause, Map<String, Object> params) {
	}

}

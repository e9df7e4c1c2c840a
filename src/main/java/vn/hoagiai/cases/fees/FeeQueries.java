package vn.hoagiai.cases.fees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.VisibleUnits;

/**
 * The fee list in SQL, scoped to the viewer's units and to cases that are closed now (a
 * reopened case's unpaid fees wait for its next closing).
 */
@Component
class FeeQueries {

	private final JdbcClient jdbc;

	private final UnitDirectory units;

	FeeQueries(JdbcClient jdbc, UnitDirectory units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/** A fee as stored, before names are added. */
	record Line(long id, long caseId, int registerYear, int registerNumber, long teamId, long mediatorId,
			LocalDate closedOn, String result, boolean eligible, String reason, Long amount, boolean breach,
			String breachNote, LocalDate paidOn, String paidReference, long version) {

	}

	FeeList.Totals totals(FeeFilter filter, VisibleUnits visible) {
		Query q = where(filter, visible, false);
		return this.jdbc
			.sql("select " + "coalesce(sum(case when f.eligible and f.paid_on is null then 1 else 0 end), 0), "
					+ "coalesce(sum(case when f.eligible and f.paid_on is null then f.amount else 0 end), 0), "
					+ "coalesce(sum(case when f.paid_on is not null then 1 else 0 end), 0), "
					+ "coalesce(sum(case when f.paid_on is not null then f.amount else 0 end), 0), "
					+ "coalesce(sum(case when not f.eligible then 1 else 0 end), 0) "
					+ "from cas_fee f join cas_case c on c.id = f.case_id" + q.clause())
			.params(q.params())
			.query((rs, n) -> new FeeList.Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.single();
	}

	/**
	 * Up to {@code limit} fees, oldest closing first; a negative limit reads them all.
	 */
	void lines(FeeFilter filter, VisibleUnits visible, int limit, Consumer<Line> each) {
		Query q = where(filter, visible, true);
		String sql = "select f.id, f.case_id, c.register_year, c.register_number, f.team_id, f.mediator_id, "
				+ "f.closed_on, f.result, f.eligible, f.reason, f.amount, f.breach, f.breach_note, f.paid_on, "
				+ "f.paid_reference, f.version from cas_fee f join cas_case c on c.id = f.case_id" + q.clause()
				+ " order by f.closed_on, c.register_year, c.register_number, f.id"
				+ ((limit >= 0) ? " limit " + limit : "");
		this.jdbc.sql(sql).params(q.params()).query((rs, n) -> {
			each.accept(new Line(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getLong(5), rs.getLong(6),
					rs.getDate(7).toLocalDate(), rs.getString(8), rs.getBoolean(9), rs.getString(10),
					(Long) rs.getObject(11, Long.class), rs.getBoolean(12), rs.getString(13),
					(rs.getDate(14) != null) ? rs.getDate(14).toLocalDate() : null, rs.getString(15), rs.getLong(16)));
			return null;
		}).list();
	}

	private Query where(FeeFilter filter, VisibleUnits visible, boolean withState) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		where.add("c.status = 'CLOSED'");
		if (!visible.all()) {
			where.add("f.unit_id in (:visible)");
			params.put("visible", visible.ids().isEmpty() ? List.of(-1L) : List.copyOf(visible.ids()));
		}
		if (filter.unit() != null) {
			where.add("f.unit_id in (:below)");
			params.put("below", this.units.subtreeIds(filter.unit(), LocalDate.now()));
		}
		if (filter.from() != null) {
			where.add("f.closed_on >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.add("f.closed_on <= :to");
			params.put("to", filter.to());
		}
		if (withState && filter.state() != null) {
			switch (filter.state()) {
				case TO_PAY -> where.add("f.eligible and f.paid_on is null");
				case PAID -> where.add("f.paid_on is not null");
				case NOT_ELIGIBLE -> where.add("not f.eligible");
				case ALL -> {
				}
			}
		}
		return new Query(" where " + String.join(" and ", where), params);
	}

	private record Query(String clause, Map<String, Object> params) {
	}

}

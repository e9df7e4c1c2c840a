package vn.hoagiai.training;

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

import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.VietnameseText;

/**
 * Event lists and the calendar in one SQL query each, with the attended count per event.
 */
@Component
class EventQueries {

	private static final String SELECT = """
			select e.id, e.title, e.kind, e.start_date, e.end_date, e.hours, e.place, e.online, e.organiser_unit_id,
			  u.name as unit_name, e.withdrawn_reason,
			  (select count(*) from trn_attendance a where a.event_id = e.id and a.status <> 'ABSENT') as attended
			from trn_event e join org_unit u on u.id = e.organiser_unit_id
			""";

	private final JdbcClient jdbc;

	EventQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<EventRow> list(EventFilter filter, VisibleUnits readable, Pageable page) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		scope(readable, where, params);
		String q = VietnameseText.fold(filter.q()).replace("%", "").replace("_", "");
		if (!q.isBlank()) {
			where.add("e.title_folded like :q");
			params.put("q", "%" + q + "%");
		}
		if (filter.kind() != null) {
			where.add("e.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.from() != null) {
			where.add("e.end_date >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.add("e.start_date <= :to");
			params.put("to", filter.to());
		}
		String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		long total = this.jdbc.sql("select count(*) from trn_event e" + clause)
			.params(params)
			.query(Long.class)
			.single();
		List<EventRow> rows = this.jdbc
			.sql(SELECT + clause + " order by e.start_date desc, e.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(EventQueries::map)
			.list();
		return new PageImpl<>(rows, page, total);
	}

	List<EventRow> between(LocalDate from, LocalDate to, VisibleUnits readable) {
		List<String> where = new ArrayList<>(
				List.of("e.end_date >= :from", "e.start_date <= :to", "e.withdrawn_reason is null"));
		Map<String, Object> params = new LinkedHashMap<>(Map.of("from", from, "to", to));
		scope(readable, where, params);
		return this.jdbc.sql(SELECT + " where " + String.join(" and ", where) + " order by e.start_date, e.id")
			.params(params)
			.query(EventQueries::map)
			.list();
	}

	private static void scope(VisibleUnits readable, List<String> where, Map<String, Object> params) {
		if (!readable.all()) {
			where.add("e.organiser_unit_id in (:units)");
			params.put("units", readable.ids().isEmpty() ? List.of(-1L) : readable.ids());
		}
	}

	private static EventRow map(ResultSet rs, int row) throws SQLException {
		return new EventRow(rs.getLong("id"), rs.getString("title"), EventKind.valueOf(rs.getString("kind")),
				rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(), rs.getBigDecimal("hours"),
				rs.getString("place"), rs.getBoolean("online"), rs.getLong("organiser_unit_id"),
				rs.getString("unit_name"), rs.getLong("attended"), rs.getString("withdrawn_reason") != null);
	}

}

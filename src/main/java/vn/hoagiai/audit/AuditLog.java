package vn.hoagiai.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail for administrators, newest first.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public Page<AuditEntry> search(AuditFilter filter, Pageable page) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.from() != null) {
			where.add("occurred_at >= :from");
			params.put("from", filter.from().atStartOfDay());
		}
		if (filter.to() != null) {
			where.add("occurred_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay());
		}
		condition(where, params, "username", filter.username());
		condition(where, params, "action", (filter.action() != null) ? filter.action().name() : null);
		condition(where, params, "record_type", filter.recordType());
		condition(where, params, "record_id", filter.recordId());
		condition(where, params, "correlation_id", filter.correlationId());
		String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		long total = this.jdbc.sql("select count(*) from aud_event" + clause).params(params).query(Long.class).single();
		List<AuditEntry> rows = this.jdbc
			.sql("select * from aud_event" + clause + " order by occurred_at desc, id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(AuditLog::map)
			.list();
		return new PageImpl<>(rows, page, total);
	}

	private static void condition(List<String> where, Map<String, Object> params, String column, String value) {
		if (value != null && !value.isBlank()) {
			where.add(column + " = :" + column);
			params.put(column, value.strip());
		}
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		long unit = rs.getLong("unit_id");
		Long unitId = rs.wasNull() ? null : unit;
		LocalDateTime at = rs.getTimestamp("occurred_at").toLocalDateTime();
		return new AuditEntry(rs.getLong("id"), at.toInstant(ZoneOffset.UTC), rs.getString("username"), unitId,
				AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"), rs.getString("record_id"),
				rs.getString("changes"), rs.getString("client_address"), rs.getString("correlation_id"));
	}

}

package vn.hoagiai.training;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.organization.VisibleUnits;
import vn.hoagiai.shared.UnitFiguresChanged;

/**
 * The attendance table in SQL: lists per event and per mediator, and the writes the event
 * service makes (always inside its transaction).
 */
@Component
class Attendances {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Attendances(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Tells the indicators that these mediators' training figures may have changed, in
	 * the writer's transaction.
	 */
	void changed(java.util.Collection<Long> mediatorIds) {
		if (!mediatorIds.isEmpty()) {
			this.events.publishEvent(UnitFiguresChanged.mediators(mediatorIds));
		}
	}

	/**
	 * As {@link #changed(java.util.Collection)} for every mediator listed for the event.
	 */
	void eventChanged(long eventId) {
		changed(this.jdbc
			.sql("select distinct mediator_id from trn_attendance where event_id = :e " + "and mediator_id is not null")
			.param("e", eventId)
			.query(Long.class)
			.list());
	}

	List<AttendanceView> list(long eventId, VisibleUnits visible) {
		String scope = visible.all() ? "" : " and a.unit_id in (:units)";
		var sql = this.jdbc
			.sql("select a.id, a.mediator_id, a.person_name, a.role, u.name as unit_name, a.status, a.note "
					+ "from trn_attendance a left join org_unit u on u.id = a.unit_id where a.event_id = :e" + scope
					+ " order by a.person_name, a.id")
			.param("e", eventId);
		if (!visible.all()) {
			sql = sql.param("units", visible.ids().isEmpty() ? List.of(-1L) : visible.ids());
		}
		return sql.query((rs, n) -> {
			long mediator = rs.getLong("mediator_id");
			return new AttendanceView(rs.getLong("id"), rs.wasNull() ? null : mediator, rs.getString("person_name"),
					AttendeeRole.valueOf(rs.getString("role")), rs.getString("unit_name"),
					AttendanceStatus.valueOf(rs.getString("status")), rs.getString("note"));
		}).list();
	}

	Map<AttendanceStatus, Long> counts(long eventId) {
		Map<AttendanceStatus, Long> counts = new EnumMap<>(AttendanceStatus.class);
		for (AttendanceStatus status : AttendanceStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) from trn_attendance where event_id = :e group by status")
			.param("e", eventId)
			.query((rs, n) -> counts.put(AttendanceStatus.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/** Records a mediator's attendance; a second entry for the same event replaces it. */
	void putMediator(long eventId, MediatorDirectory.Person person, AttendanceStatus status, String note,
			LocalDate date, EventKind kind) {
		Timestamp now = Timestamp.from(Instant.now());
		int updated = this.jdbc
			.sql("update trn_attendance set status = :s, note = :note, updated_at = :now "
					+ "where event_id = :e and mediator_id = :m")
			.param("s", status.name())
			.param("note", note)
			.param("now", now)
			.param("e", eventId)
			.param("m", person.id())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into trn_attendance (event_id, mediator_id, person_name, role, unit_id, status, note,
					  event_date, event_kind, created_at, updated_at)
					values (:e, :m, :name, 'MEDIATOR', :unit, :s, :note, :d, :k, :now, :now)""")
				.param("e", eventId)
				.param("m", person.id())
				.param("name", person.fullName())
				.param("unit", person.unitId().value())
				.param("s", status.name())
				.param("note", note)
				.param("d", date)
				.param("k", kind.name())
				.param("now", now)
				.update();
		}
	}

	void addOther(long eventId, String name, AttendeeRole role, Long unitId, AttendanceStatus status, String note,
			LocalDate date, EventKind kind) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("""
				insert into trn_attendance (event_id, mediator_id, person_name, role, unit_id, status, note,
				  event_date, event_kind, created_at, updated_at)
				values (:e, null, :name, :role, :unit, :s, :note, :d, :k, :now, :now)""")
			.param("e", eventId)
			.param("name", name)
			.param("role", role.name())
			.param("unit", unitId)
			.param("s", status.name())
			.param("note", note)
			.param("d", date)
			.param("k", kind.name())
			.param("now", now)
			.update();
	}

	/** Keeps the copied event date and kind equal to the event's after an edit. */
	void follow(long eventId, LocalDate date, EventKind kind) {
		this.jdbc.sql("update trn_attendance set event_date = :d, event_kind = :k where event_id = :e")
			.param("d", date)
			.param("k", kind.name())
			.param("e", eventId)
			.update();
		eventChanged(eventId);
	}

	/** Mediators who attended the event and hold no certificate for it yet. */
	List<Long> withoutCertificate(long eventId) {
		return this.jdbc.sql("""
				select a.mediator_id from trn_attendance a where a.event_id = :e and a.mediator_id is not null
				and a.status <> 'ABSENT' and not exists (select 1 from trn_certificate c
				  where c.event_id = a.event_id and c.mediator_id = a.mediator_id) order by a.mediator_id""")
			.param("e", eventId)
			.query(Long.class)
			.list();
	}

	/** Every event a mediator was listed for, newest first. */
	List<MediatorEvent> ofMediator(long mediatorId) {
		return this.jdbc.sql("""
				select e.id, e.title, e.kind, e.start_date, e.end_date, e.hours, a.status
				from trn_attendance a join trn_event e on e.id = a.event_id
				where a.mediator_id = :m and e.withdrawn_reason is null
				order by e.start_date desc, e.id desc""")
			.param("m", mediatorId)
			.query((rs, n) -> new MediatorEvent(rs.getLong("id"), rs.getString("title"),
					EventKind.valueOf(rs.getString("kind")), rs.getDate("start_date").toLocalDate(),
					rs.getDate("end_date").toLocalDate(), rs.getBigDecimal("hours"),
					AttendanceStatus.valueOf(rs.getString("status"))))
			.list();
	}

	/** An event on a mediator's record. */
	record MediatorEvent(long id, String title, EventKind kind, LocalDate startDate, LocalDate endDate,
			BigDecimal hours, AttendanceStatus status) {
	}

}

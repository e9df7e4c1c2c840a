package vn.hoagiai.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Training at national scale: three events a year in 2024 and 2025 per commune (a course,
 * a refresher, an experience-sharing meeting), attendance of a share of each commune's
 * mediators that differs by commune (0–90%), twelve library items in the five categories,
 * and access records of a share of mediators with the per-category first opens. The
 * attendance and access rows are inserted set-based from the register, deterministic for
 * the same ids.
 */
final class NationalTraining {

	private static final String[] KINDS = { "COURSE", "REFRESHER", "EXPERIENCE_SHARING" };

	private static final String[] CATEGORIES = { "LAW_TEXT", "SKILLS", "CASE_STUDIES", "GUIDANCE", "OTHER" };

	private final Connection connection;

	private final LocalDateTime now = LocalDateTime.now();

	long events;

	long items;

	NationalTraining(Connection connection) {
		this.connection = connection;
	}

	void write(List<Long> communes) throws SQLException {
		try (Batch event = new Batch(this.connection, "trn_event",
				"id, title, title_folded, kind, organiser_unit_id, start_date, end_date, hours, online, version, created_at, updated_at")) {
			for (long commune : communes) {
				for (int year = 2024; year <= 2025; year++) {
					for (int k = 0; k < KINDS.length; k++) {
						LocalDate start = LocalDate.of(year, 3 + 3 * k, 1 + (int) (commune % 27));
						event.add(++this.events, "Tập huấn hòa giải " + year, "tap huan hoa giai " + year, KINDS[k],
								commune, start, start, (k == 0) ? 16 : 4, false, 0L, this.now, this.now);
					}
				}
			}
		}
		try (Batch item = new Batch(this.connection, "trn_item",
				"id, title, title_folded, kind, category, published, unit_id, body_html, version, created_at, updated_at")) {
			for (int i = 0; i < 12; i++) {
				item.add(++this.items, "Tài liệu " + (i + 1), "tai lieu " + (i + 1), "ARTICLE",
						CATEGORIES[i % CATEGORIES.length], true, 1L, "<p>Nội dung " + (i + 1) + "</p>", 0L, this.now,
						this.now);
			}
		}
		try (Statement sql = this.connection.createStatement()) {
			// A commune's share of attending mediators is (commune id mod 10) tenths.
			sql.executeUpdate(
					"""
							insert into trn_attendance (event_id, mediator_id, person_name, role, unit_id, status, event_date,
							  event_kind, created_at, updated_at)
							select e.id, m.id, m.full_name, 'MEDIATOR', m.unit_id,
							  case when mod(m.id + e.id, 13) = 0 then 'ABSENT' when mod(m.id + e.id, 7) = 0 then 'LATE' else 'PRESENT' end,
							  e.start_date, e.kind, e.created_at, e.created_at
							from trn_event e
							join org_unit_parent p on p.parent_id = e.organiser_unit_id and p.valid_to is null
							join med_mediator m on m.unit_id = p.unit_id
							where mod(m.id * 7 + e.id, 10) < mod(e.organiser_unit_id, 10)""");
			// Mediators open items (on the first event's day, in 2024) at a rate that
			// differs
			// by village.
			sql.executeUpdate("""
					insert into trn_access (mediator_id, item_id, first_at, last_at, open_count)
					select m.id, i.id, e.start_date, e.start_date, 1 + mod(m.id + i.id, 4)
					from med_mediator m cross join trn_item i join trn_event e on e.id = 1
					where mod(m.id * 3 + i.id * 5, 12) < mod(m.unit_id, 9)""");
			sql.executeUpdate(
					"""
							insert into trn_category_progress (mediator_id, category, first_at)
							select a.mediator_id, i.category, min(a.first_at) from trn_access a join trn_item i on i.id = a.item_id
							group by a.mediator_id, i.category""");
		}
		this.connection.commit();
	}

}

package vn.hoagiai.indicators;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small hand-built register whose answers are worked out by hand (see
 * {@link IndicatorsReferenceTests}): province P with commune C1 (advanced new-rural, two
 * villages) and commune C2 (ethnic-minority area) that was merged into the new commune C3
 * on 1/7/2025; its village V2a moved to C3, its village V2b ended with it.
 *
 * <pre>
 * T1 (V1a) 5 members + 1 who left on 1/5/2025: leader, 2 women, 1 Tày, 1 police officer; typical model 2024
 * T2 (V1b) 3 men, a leader: no woman
 * T3 (V2a) 4 members, 2 women, no ethnic minority in an ethnic-minority area, quota 3
 * T4 (V2b) 2 members (a woman leader): too few
 * T5 (V1a) dissolved 1/3/2025, 3 members
 * </pre>
 */
final class ReferenceData {

	static final LocalDate TODAY = LocalDate.of(2025, 11, 20);

	static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

	private final JdbcClient jdbc;

	private final LocalDateTime now = LocalDateTime.of(2025, 1, 1, 0, 0);

	private long mediators;

	private long registerNumber;

	long province;

	long c1;

	long c2;

	long c3;

	long t1;

	long t2;

	long t3;

	long t4;

	long t5;

	ReferenceData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ReferenceData write() {
		LocalDate old = LocalDate.of(2000, 1, 1);
		this.province = unit("PROVINCE", "Tỉnh Mẫu", old, null, false, false, null);
		this.c1 = unit("COMMUNE", "Xã An", old, null, false, true, this.province);
		this.c2 = unit("COMMUNE", "Xã Bình", old, MERGER, true, false, this.province);
		this.c3 = unit("COMMUNE", "Xã Cường", MERGER, null, true, false, this.province);
		long v1a = unit("VILLAGE", "Thôn 1a", old, null, false, false, this.c1);
		long v1b = unit("VILLAGE", "Thôn 1b", old, null, false, false, this.c1);
		long v2a = unit("VILLAGE", "Thôn 2a", old, null, false, false, null);
		link(v2a, this.c2, old, MERGER);
		link(v2a, this.c3, MERGER, null);
		long v2b = unit("VILLAGE", "Thôn 2b", old, MERGER, false, false, this.c2);
		this.jdbc
			.sql("insert into org_reorganisation (kind, effective_date, legal_basis, summary, performed_by, "
					+ "performed_at) values ('MERGE', :d, 'NQ mẫu', 'C2 vào C3', 'test', :now)")
			.param("d", MERGER)
			.param("now", this.now)
			.update();
		long reorganisation = lastId("org_reorganisation");
		this.jdbc
			.sql("insert into org_succession (reorganisation_id, predecessor_id, successor_id, effective_date, "
					+ "primary_successor) values (:r, :p, :s, :d, true)")
			.param("r", reorganisation)
			.param("p", this.c2)
			.param("s", this.c3)
			.param("d", MERGER)
			.update();
		LocalDate decided = LocalDate.of(2020, 1, 1);
		this.t1 = team(v1a, "Tổ 1a", null, null, true);
		member(this.t1, "FEMALE", "02", "POLICE", "LEADER", decided, null);
		member(this.t1, "FEMALE", "01", "OTHER", "MEMBER", decided, null);
		member(this.t1, "MALE", "01", "OTHER", "MEMBER", decided, null);
		member(this.t1, "MALE", "01", "OTHER", "MEMBER", decided, null);
		member(this.t1, "MALE", "01", "OTHER", "MEMBER", decided, null);
		member(this.t1, "MALE", "01", "OTHER", "MEMBER", decided, LocalDate.of(2025, 5, 1));
		this.t2 = team(v1b, "Tổ 1b", null, null, false);
		member(this.t2, "MALE", "01", "OTHER", "LEADER", decided, null);
		member(this.t2, "MALE", "01", "OTHER", "MEMBER", decided, null);
		member(this.t2, "MALE", "01", "OTHER", "MEMBER", decided, null);
		this.t3 = team(v2a, "Tổ 2a", 3, null, false);
		member(this.t3, "FEMALE", "01", "OTHER", "LEADER", decided, null);
		member(this.t3, "FEMALE", "01", "OTHER", "MEMBER", decided, null);
		member(this.t3, "MALE", "01", "OTHER", "MEMBER", decided, null);
		member(this.t3, "MALE", "01", "OTHER", "MEMBER", decided, null);
		this.t4 = team(v2b, "Tổ 2b", null, null, false);
		member(this.t4, "FEMALE", "01", "OTHER", "LEADER", decided, null);
		member(this.t4, "MALE", "01", "OTHER", "MEMBER", decided, null);
		this.t5 = team(v1a, "Tổ cũ", null, LocalDate.of(2025, 3, 1), false);
		member(this.t5, "FEMALE", "01", "OTHER", "LEADER", decided, LocalDate.of(2025, 3, 1));
		member(this.t5, "MALE", "01", "OTHER", "MEMBER", decided, LocalDate.of(2025, 3, 1));
		member(this.t5, "MALE", "01", "OTHER", "MEMBER", decided, LocalDate.of(2025, 3, 1));
		cases(v1a, v1b, v2a, v2b);
		this.jdbc
			.sql("insert into med_trainer (full_name, name_folded, unit_id, background, level, active, version, "
					+ "created_at, updated_at) values ('Tập huấn viên', 'tap huan vien', :u, 'LAWYER', 'PROVINCE', "
					+ "true, 0, :now, :now)")
			.param("u", this.province)
			.param("now", this.now)
			.update();
		return this;
	}

	private void cases(long v1a, long v1b, long v2a, long v2b) {
		kase(this.t1, v1a, d(2025, 1, 5), "SUCCESSFUL", d(2025, 2, 10), null, null);
		kase(this.t1, v1a, d(2025, 7, 20), "SUCCESSFUL", d(2025, 8, 1), null, null);
		kase(this.t1, v1a, d(2025, 8, 15), "UNSUCCESSFUL", d(2025, 9, 1), null, null);
		kase(this.t1, v1a, d(2025, 10, 1), null, null, d(2025, 10, 1), null);
		kase(this.t2, v1b, d(2025, 2, 20), "REFERRED", d(2025, 3, 1), null, null);
		kase(this.t2, v1b, d(2024, 11, 1), "SUCCESSFUL", d(2024, 12, 20), null, null);
		kase(this.t4, v2b, d(2025, 5, 1), "SUCCESSFUL", d(2025, 5, 5), d(2025, 5, 1), d(2025, 5, 10));
		kase(this.t3, v2a, d(2025, 6, 1), "UNSUCCESSFUL", d(2025, 6, 20), null, null);
	}

	private static LocalDate d(int y, int m, int day) {
		return LocalDate.of(y, m, day);
	}

	private void kase(long team, long unit, LocalDate received, String result, LocalDate closed, LocalDate assigned,
			LocalDate started) {
		this.jdbc
			.sql("insert into cas_case (team_id, unit_id, received_on, ground, field_code, content, status, "
					+ "assigned_on, started_on, result, closed_on, register_year, register_number, version, "
					+ "created_at, updated_at) values (:t, :u, :r, 'PARTY_REQUEST', 'NEIGHBOUR', 'Tranh chấp', "
					+ ":status, :assigned, :started, :result, :closed, :year, :n, 0, :now, :now)")
			.param("t", team)
			.param("u", unit)
			.param("r", received)
			.param("status", (result != null) ? "CLOSED" : "IN_PROGRESS")
			.param("assigned", assigned)
			.param("started", started)
			.param("result", result)
			.param("closed", closed)
			.param("year", received.getYear())
			.param("n", ++this.registerNumber)
			.param("now", this.now)
			.update();
	}

	private long unit(String type, String name, LocalDate from, LocalDate to, boolean ethnic, boolean advanced,
			Long parent) {
		this.jdbc.sql("insert into org_unit (type, name, valid_from, valid_to, ethnic_minority_area, "
				+ "advanced_new_rural, version, created_at, updated_at) values (:type, :name, :from, :to, :e, :a, 0, "
				+ ":now, :now)")
			.param("type", type)
			.param("name", name)
			.param("from", from)
			.param("to", to)
			.param("e", ethnic)
			.param("a", advanced)
			.param("now", this.now)
			.update();
		long id = lastId("org_unit");
		if (parent != null) {
			link(id, parent, from, to);
		}
		return id;
	}

	private void link(long unit, long parent, LocalDate from, LocalDate to) {
		this.jdbc.sql("insert into org_unit_parent (unit_id, parent_id, valid_from, valid_to) values (:u, :p, :f, :t)")
			.param("u", unit)
			.param("p", parent)
			.param("f", from)
			.param("t", to)
			.update();
	}

	private long team(long unit, String name, Integer quota, LocalDate dissolved, boolean typical) {
		this.jdbc
			.sql("insert into med_team (unit_id, name, decision_date, quota, status, dissolved_on, "
					+ "typical_model, typical_model_year, version, created_at, updated_at) values (:u, :name, :d, :q, "
					+ ":status, :dissolved, :typical, :year, 0, :now, :now)")
			.param("u", unit)
			.param("name", name)
			.param("d", LocalDate.of(2020, 1, 1))
			.param("q", quota)
			.param("status", (dissolved != null) ? "DISSOLVED" : "ACTIVE")
			.param("dissolved", dissolved)
			.param("typical", typical)
			.param("year", typical ? 2024 : null)
			.param("now", this.now)
			.update();
		return lastId("med_team");
	}

	private void member(long team, String sex, String ethnicity, String background, String role, LocalDate from,
			LocalDate left) {
		String name = "Hòa giải viên " + (++this.mediators);
		long unit = this.jdbc.sql("select unit_id from med_team where id = :t")
			.param("t", team)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into med_mediator (full_name, name_folded, sex, ethnicity_code, background, status, "
				+ "team_id, team_role, unit_id, version, created_at, updated_at) values (:name, :name, :sex, :e, :b, "
				+ ":status, :team, :role, :u, 0, :now, :now)")
			.param("name", name)
			.param("sex", sex)
			.param("e", ethnicity)
			.param("b", background)
			.param("status", (left != null) ? "DISMISSED" : "ACTIVE")
			.param("team", (left != null) ? null : team)
			.param("role", (left != null) ? null : role)
			.param("u", unit)
			.param("now", this.now)
			.update();
		long id = lastId("med_mediator");
		this.jdbc
			.sql("insert into med_membership (mediator_id, team_id, team_role, from_date, to_date) "
					+ "values (:m, :t, :role, :f, :to)")
			.param("m", id)
			.param("t", team)
			.param("role", role)
			.param("f", from)
			.param("to", left)
			.update();
	}

	private long lastId(String table) {
		return this.jdbc.sql("select max(id) from " + table).query(Long.class).single();
	}

}

package vn.hoagiai.cases;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.hoagiai.cases.CasesDemoData.Team;

/**
 * Builds the demo cases team by team and writes them in JDBC batches with explicit ids,
 * then moves each identity past them and sets the register counters.
 */
final class DemoCaseWriter {

	private static final String CASE_COLUMNS = "id, team_id, unit_id, received_on, ground, field_code, content, "
			+ "private_mediation, domestic_violence, status, excl_public_interest, excl_non_mediable, excl_prosecution, "
			+ "excl_other_law, referral_body, referral_date, referral_note, notified_to, notified_at, assigned_on, "
			+ "start_immediate, started_on, end_reason, result, closed_on, agreement, register_year, register_number, "
			+ "version, created_at, updated_at";

	private static final String[] GROUNDS = { "PARTY_REQUEST", "PARTY_REQUEST", "PARTY_REQUEST", "MEDIATOR_WITNESSED",
			"LEADER_ASSIGNMENT_OR_PROPOSAL" };

	private final JdbcTemplate jdbc;

	private final Random random;

	private final LocalDate today;

	private final List<Object[]> cases = new ArrayList<>();

	private final List<Object[]> parties = new ArrayList<>();

	private final List<Object[]> assignments = new ArrayList<>();

	private final List<Object[]> sessions = new ArrayList<>();

	private final List<Object[]> followUps = new ArrayList<>();

	private final List<Object[]> counters = new ArrayList<>();

	private long caseId;

	private long partyId;

	private long assignmentId;

	private long sessionId;

	private long followUpId;

	private long written;

	DemoCaseWriter(JdbcTemplate jdbc, Random random, LocalDate today) {
		this.jdbc = jdbc;
		this.random = random;
		this.today = today;
	}

	long cases() {
		return this.written;
	}

	/** A team's cases year by year; the demo team's last cases are recent and open. */
	void team(Team team, boolean demo) {
		for (int year = CasesDemoData.FIRST_DAY.getYear(); year <= this.today.getYear(); year++) {
			LocalDate first = LocalDate.of(year, 1, 1);
			LocalDate last = (year == this.today.getYear()) ? this.today : LocalDate.of(year, 12, 31);
			int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
			int count = Math.max(1, (4 + this.random.nextInt(8)) * days / 365);
			List<LocalDate> dates = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				dates.add(first.plusDays(this.random.nextInt(days)));
			}
			if (demo && year == this.today.getYear()) {
				for (int i = 0; i < 4; i++) {
					dates.add(this.today.minusDays(1 + this.random.nextInt(10)));
				}
			}
			dates.sort(null);
			for (int i = 0; i < dates.size(); i++) {
				add(team, demo, dates.get(i), year, i + 1);
			}
			this.counters.add(new Object[] { team.id(), year, dates.size() });
		}
		if (this.cases.size() > 2000) {
			flush();
		}
	}

	private void add(Team team, boolean demo, LocalDate received, int year, int number) {
		long id = ++this.caseId;
		String field = DemoCaseTexts.pick(this.random, DemoCaseTexts.FIELDS);
		boolean family = field.equals("MARRIAGE_FAMILY");
		boolean privateCase = this.random.nextInt(100) < (family ? 30 : 4);
		boolean violence = family && this.random.nextInt(10) == 0;
		boolean referred = this.random.nextInt(100) < 3;
		Course course = Course.plan(this.random, received, this.today, referred);
		String result = course.closedOn() == null ? null : outcome(referred, team.rate());
		String status = (result != null) ? "CLOSED" : (course.assignedOn() != null) ? "IN_PROGRESS" : "RECEIVED";
		Timestamp created = Timestamp.valueOf(received.atTime(8, 0));
		this.cases.add(new Object[] { id, team.id(), team.village().value(), received,
				DemoCaseTexts.pick(this.random, GROUNDS), field,
				DemoCaseTexts.pick(this.random, DemoCaseTexts.CONTENT.get(field)), privateCase, violence, status, false,
				referred && family, referred && !family, false, referred ? "Công an xã" : null,
				referred ? course.closedOn() : null, referred ? "Có dấu hiệu vi phạm phải xử lý theo pháp luật" : null,
				violence ? "Công an xã" : null, violence ? Timestamp.valueOf(received.plusDays(1).atTime(9, 0)) : null,
				course.assignedOn(), false, course.startedOn(), endReason(result), result, course.closedOn(),
				"SUCCESSFUL".equals(result) ? DemoCaseTexts.pick(this.random, DemoCaseTexts.AGREEMENTS) : null, year,
				number, 0L, created, created });
		parties(id, team, "UNSUCCESSFUL".equals(result));
		if (course.assignedOn() != null) {
			assign(id, team, demo, course.assignedOn());
		}
		if (course.startedOn() != null) {
			LocalDate end = (course.closedOn() != null) ? course.closedOn() : this.today;
			for (LocalDate held = course.startedOn(); !held.isAfter(end); held = held
				.plusDays(7 + this.random.nextInt(7))) {
				this.sessions.add(new Object[] { ++this.sessionId, id, held,
						DemoCaseTexts.pick(this.random, DemoCaseTexts.PLACES), "Các bên và hòa giải viên", null,
						null });
			}
		}
		if ("SUCCESSFUL".equals(result)) {
			followUp(id, course.closedOn());
		}
	}

	private String outcome(boolean referred, double rate) {
		if (referred) {
			return "REFERRED";
		}
		if (this.random.nextInt(100) < 3) {
			return "WITHDRAWN";
		}
		return (this.random.nextDouble() < rate) ? "SUCCESSFUL" : "UNSUCCESSFUL";
	}

	private String endReason(String result) {
		if (result == null || result.equals("REFERRED")) {
			return null;
		}
		return switch (result) {
			case "SUCCESSFUL" -> "AGREEMENT";
			case "WITHDRAWN" -> "PARTY_STOPPED";
			default -> this.random.nextBoolean() ? "MEDIATOR_ENDED" : "PARTY_STOPPED";
		};
	}

	private void parties(long caseId, Team team, boolean demands) {
		int count = (this.random.nextInt(10) < 3) ? 3 : 2;
		for (int i = 1; i <= count; i++) {
			String name = DemoCaseTexts.person(this.random);
			boolean party = i <= 2;
			this.parties.add(new Object[] { ++this.partyId, caseId, i, party ? "PARTY" : "RELATED_PERSON",
					(this.random.nextInt(10) == 0) ? "FAMILY" : "INDIVIDUAL", name,
					vn.hoagiai.shared.VietnameseText.fold(name), 1950 + this.random.nextInt(55),
					name.contains("Thị") ? "FEMALE" : "MALE", team.villageName(),
					"09" + (10_000_000 + this.random.nextInt(89_999_999)), this.random.nextInt(40) == 0,
					(party && demands) ? DemoCaseTexts.pick(this.random, DemoCaseTexts.DEMANDS) : null,
					(party && demands) ? DemoCaseTexts.pick(this.random, DemoCaseTexts.TOLD_TO) : null });
		}
	}

	private void assign(long caseId, Team team, boolean demo, LocalDate on) {
		List<Long> members = team.mediators();
		long first = (demo && this.random.nextInt(10) < 6) ? members.get(1)
				: members.get(1 + this.random.nextInt(members.size() - 1));
		this.assignments
			.add(new Object[] { ++this.assignmentId, caseId, first, false, Timestamp.valueOf(on.atTime(8, 30)) });
		if (this.random.nextInt(10) < 3 && members.size() > 2) {
			long second = members.get(1 + this.random.nextInt(members.size() - 1));
			if (second != first) {
				this.assignments.add(new Object[] { ++this.assignmentId, caseId, second, false,
						Timestamp.valueOf(on.atTime(8, 40)) });
			}
		}
	}

	private void followUp(long caseId, LocalDate closedOn) {
		LocalDate due = closedOn.plusDays(30);
		boolean checked = due.isBefore(this.today) && this.random.nextInt(100) < 85;
		int roll = this.random.nextInt(10);
		String result = (roll < 7) ? "CARRIED_OUT" : (roll < 9) ? "PARTLY" : "NOT_CARRIED_OUT";
		LocalDate on = checked ? due.plusDays(this.random.nextInt(5)) : null;
		if (on != null && on.isAfter(this.today)) {
			on = this.today;
		}
		Timestamp now = Timestamp.valueOf(closedOn.atTime(17, 0));
		this.followUps.add(new Object[] { ++this.followUpId, caseId, due, on, checked ? result : null,
				checked ? "Đã đến gặp các bên" : null, now, now });
	}

	void flush() {
		this.written += this.cases.size();
		insert("cas_case", CASE_COLUMNS, this.cases);
		insert("cas_party", "id, case_id, sort_order, role, kind, full_name, name_folded, birth_year, sex, address, "
				+ "phone, disability_support, demands, referred_to", this.parties);
		insert("cas_assignment", "id, case_id, mediator_id, declared_interest, assigned_at", this.assignments);
		insert("cas_session", "id, case_id, held_on, place, attendees, invited, notes", this.sessions);
		insert("cas_followup", "id, case_id, due_on, checked_on, result, note, created_at, updated_at", this.followUps);
		insert("cas_register_counter", "team_id, reg_year, last_number", this.counters);
		for (String table : List.of("cas_case", "cas_party", "cas_assignment", "cas_session", "cas_followup")) {
			long next = switch (table) {
				case "cas_case" -> this.caseId;
				case "cas_party" -> this.partyId;
				case "cas_assignment" -> this.assignmentId;
				case "cas_session" -> this.sessionId;
				default -> this.followUpId;
			} + 1;
			this.jdbc.execute("alter table " + table + " alter column id restart with " + next);
		}
	}

	private void insert(String table, String columns, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		String marks = ",?".repeat(columns.split(",").length).substring(1);
		this.jdbc.batchUpdate("insert into " + table + " (" + columns + ") values (" + marks + ")", rows);
		rows.clear();
	}

	/**
	 * When a case was assigned, started and closed; null where it has not happened yet.
	 */
	record Course(LocalDate assignedOn, LocalDate startedOn, LocalDate closedOn) {

		static Course plan(Random random, LocalDate received, LocalDate today, boolean referred) {
			if (referred) {
				LocalDate closed = received.plusDays(1 + random.nextInt(3));
				return new Course(null, null, closed.isAfter(today) ? null : closed);
			}
			LocalDate assigned = received.plusDays(random.nextInt(3));
			if (assigned.isAfter(today)) {
				return new Course(null, null, null);
			}
			LocalDate started = assigned.plusDays((random.nextInt(10) < 8) ? random.nextInt(4) : 4 + random.nextInt(5));
			if (started.isAfter(today)) {
				return new Course(assigned, null, null);
			}
			LocalDate closed = started.plusDays(3 + random.nextInt(25));
			return new Course(assigned, started, closed.isAfter(today) ? null : closed);
		}

	}

}

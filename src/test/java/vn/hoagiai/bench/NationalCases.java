package vn.hoagiai.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.hoagiai.shared.VietnameseText;

/**
 * About {@code total} mediation cases from 1 January 2024 to today spread over every
 * team, each with two parties, most with an assigned mediator and a session, successful
 * ones with a follow-up check; success rates vary by team between 70% and 95%. COPY on
 * PostgreSQL, JDBC batches on H2.
 */
final class NationalCases {

	static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

	private static final String[] FIELDS = { "NEIGHBOUR", "NEIGHBOUR", "NEIGHBOUR", "CIVIL", "CIVIL", "MARRIAGE_FAMILY",
			"LAND_CIVIL", "LAND_CIVIL", "INHERITANCE", "MINOR_VIOLATION", "OTHER" };

	private static final String[] CONTENTS = { "Tranh chấp lối đi chung", "Tranh chấp mốc giới đất vườn",
			"Mâu thuẫn vợ chồng", "Vay tiền không trả", "Chia di sản thừa kế", "Gia súc phá hoại hoa màu",
			"Nước thải chảy sang nhà bên cạnh", "Xô xát nhỏ giữa hàng xóm" };

	private final Connection connection;

	private final Random random;

	private final boolean copy;

	private final LocalDate today = LocalDate.now();

	private final LocalDateTime now = LocalDateTime.now();

	long cases;

	long parties;

	long assignments;

	long sessions;

	long followUps;

	NationalCases(Connection connection, Random random, boolean copy) {
		this.connection = connection;
		this.random = random;
		this.copy = copy;
	}

	/**
	 * A team with its village and its mediators' id range (ids are consecutive per team).
	 */
	private record Team(long id, long unit, long firstMediator, int mediators) {
	}

	void write(long total) throws SQLException {
		List<Team> teams = teams();
		int days = (int) ChronoUnit.DAYS.between(FIRST_DAY, this.today) + 1;
		double perTeam = (double) total / teams.size();
		Rows party = rows("cas_party", "id, case_id, sort_order, role, kind, full_name, name_folded, birth_year, sex, "
				+ "address, phone, disability_support, demands, referred_to");
		Rows assignment = rows("cas_assignment", "id, case_id, mediator_id, declared_interest, assigned_at");
		Rows session = rows("cas_session", "id, case_id, held_on, place, attendees, invited, notes");
		Rows followUp = rows("cas_followup", "id, case_id, due_on, checked_on, result, note, created_at, updated_at");
		Rows counter = rows("cas_register_counter", "team_id, reg_year, last_number");
		try (Rows kase = rows("cas_case",
				"id, team_id, unit_id, received_on, ground, field_code, content, "
						+ "private_mediation, domestic_violence, status, assigned_on, started_on, end_reason, result, "
						+ "closed_on, agreement, register_year, register_number, version, created_at, updated_at")) {
			for (Team team : teams) {
				int count = (int) (perTeam * (0.5 + this.random.nextDouble()));
				double rate = 0.70 + 0.25 * this.random.nextDouble();
				List<LocalDate> dates = new ArrayList<>(count);
				for (int i = 0; i < count; i++) {
					dates.add(FIRST_DAY.plusDays(this.random.nextInt(days)));
				}
				dates.sort(null);
				int year = 0;
				int number = 0;
				for (LocalDate received : dates) {
					if (received.getYear() != year) {
						if (number > 0) {
							counter.add(team.id(), year, number);
						}
						year = received.getYear();
						number = 0;
					}
					one(team, received, ++number, rate, kase, party, assignment, session, followUp);
				}
				if (number > 0) {
					counter.add(team.id(), year, number);
				}
			}
		}
		for (Rows rest : List.of(party, assignment, session, followUp, counter)) {
			rest.close();
		}
	}

	private void one(Team team, LocalDate received, int number, double rate, Rows kase, Rows party, Rows assignment,
			Rows session, Rows followUp) throws SQLException {
		long id = ++this.cases;
		LocalDate assigned = received.plusDays(this.random.nextInt(3));
		LocalDate started = assigned.plusDays(this.random.nextInt(5));
		LocalDate closed = started.plusDays(3 + this.random.nextInt(25));
		boolean open = closed.isAfter(this.today);
		boolean assignedYet = !assigned.isAfter(this.today);
		boolean startedYet = !started.isAfter(this.today);
		String result = open ? null : (this.random.nextInt(100) < 3) ? "WITHDRAWN"
				: (this.random.nextDouble() < rate) ? "SUCCESSFUL" : "UNSUCCESSFUL";
		String status = (result != null) ? "CLOSED" : assignedYet ? "IN_PROGRESS" : "RECEIVED";
		String reason = (result == null) ? null : result.equals("SUCCESSFUL") ? "AGREEMENT"
				: this.random.nextBoolean() ? "PARTY_STOPPED" : "MEDIATOR_ENDED";
		LocalDateTime created = received.atTime(8, 0);
		kase.add(id, team.id(), team.unit(), received, "PARTY_REQUEST", VietnameseNames.pick(this.random, FIELDS),
				VietnameseNames.pick(this.random, CONTENTS), this.random.nextInt(50) == 0, false, status,
				assignedYet ? assigned : null, startedYet ? started : null, reason, result, open ? null : closed,
				"SUCCESSFUL".equals(result) ? "Các bên thống nhất thực hiện theo thỏa thuận" : null, received.getYear(),
				number, 0L, created, created);
		for (int i = 1; i <= 2; i++) {
			boolean woman = this.random.nextBoolean();
			String name = VietnameseNames.person(this.random, woman);
			boolean demands = "UNSUCCESSFUL".equals(result);
			party.add(++this.parties, id, i, "PARTY", "INDIVIDUAL", name, VietnameseText.fold(name),
					1950 + this.random.nextInt(55), woman ? "FEMALE" : "MALE", null,
					"09" + (10_000_000 + this.random.nextInt(89_999_999)), false, demands ? "Giữ nguyên yêu cầu" : null,
					demands ? "Tòa án nhân dân khu vực" : null);
		}
		if (assignedYet && team.mediators() > 1) {
			long mediator = team.firstMediator() + 1 + this.random.nextInt(team.mediators() - 1);
			assignment.add(++this.assignments, id, mediator, false, assigned.atTime(9, 0));
		}
		if (startedYet) {
			session.add(++this.sessions, id, started, "Nhà văn hóa", null, null, null);
		}
		if ("SUCCESSFUL".equals(result)) {
			LocalDate due = closed.plusDays(30);
			boolean checked = due.isBefore(this.today) && this.random.nextInt(100) < 85;
			followUp.add(++this.followUps, id, due, checked ? due : null, checked ? "CARRIED_OUT" : null, null,
					this.now, this.now);
		}
	}

	private Rows rows(String table, String columns) throws SQLException {
		return this.copy ? new CopyRows(this.connection, table, columns) : new Batch(this.connection, table, columns);
	}

	private List<Team> teams() throws SQLException {
		List<Team> teams = new ArrayList<>();
		try (var statement = this.connection.createStatement();
				var rs = statement.executeQuery("select t.id, t.unit_id, min(m.id), count(m.id) from med_team t "
						+ "join med_mediator m on m.team_id = t.id group by t.id, t.unit_id order by t.id")) {
			while (rs.next()) {
				teams.add(new Team(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)));
			}
		}
		return teams;
	}

}

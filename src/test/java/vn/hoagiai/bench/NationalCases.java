package vn.hoagiai.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * About {@code total} mediation cases spread over the teams already written, received
 * between 1 January 2024 and yesterday: about 83% successful, 12% unsuccessful, 2%
 * referred, 1% withdrawn, the rest still open; a few start late. No parties: the
 * indicators never read them.
 */
final class NationalCases {

	private static final String[] FIELDS = { "NEIGHBOUR", "CIVIL", "MARRIAGE_FAMILY", "LAND_CIVIL", "INHERITANCE",
			"MINOR_VIOLATION", "OTHER" };

	private final Connection connection;

	private final Random random;

	private final LocalDateTime now = LocalDateTime.now();

	long cases;

	NationalCases(Connection connection, Random random) {
		this.connection = connection;
		this.random = random;
	}

	void write(long total) throws SQLException {
		List<long[]> teams = new ArrayList<>();
		try (Statement s = this.connection.createStatement();
				ResultSet rs = s.executeQuery("select id, unit_id from med_team order by id")) {
			while (rs.next()) {
				teams.add(new long[] { rs.getLong(1), rs.getLong(2) });
			}
		}
		LocalDate first = LocalDate.of(2024, 1, 1);
		int days = (int) (LocalDate.now().toEpochDay() - first.toEpochDay()) - 1;
		double perTeam = (double) total / teams.size();
		Map<String, Integer> counters = new HashMap<>();
		try (Batch batch = new Batch(this.connection, "cas_case",
				"id, team_id, unit_id, received_on, ground, field_code, content, status, assigned_on, started_on, "
						+ "end_reason, result, closed_on, register_year, register_number, version, created_at, updated_at");
				Batch counter = new Batch(this.connection, "cas_register_counter", "team_id, reg_year, last_number",
						batch)) {
			for (long[] team : teams) {
				int n = (int) Math.floor(perTeam * 2 * this.random.nextDouble() + 0.5);
				List<LocalDate> received = new ArrayList<>();
				for (int i = 0; i < n; i++) {
					received.add(first.plusDays(this.random.nextInt(days)));
				}
				received.sort(null);
				for (LocalDate on : received) {
					String key = team[0] + ":" + on.getYear();
					int number = counters.merge(key, 1, Integer::sum);
					write(batch, team, on, number);
				}
			}
			for (Map.Entry<String, Integer> c : counters.entrySet()) {
				String[] parts = c.getKey().split(":");
				counter.add(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), c.getValue());
			}
		}
	}

	private void write(Batch batch, long[] team, LocalDate received, int number) throws SQLException {
		int roll = this.random.nextInt(100);
		LocalDate assigned = received.plusDays(this.random.nextInt(2));
		LocalDate started = assigned
			.plusDays((this.random.nextInt(20) == 0) ? 4 + this.random.nextInt(5) : this.random.nextInt(3));
		LocalDate closed = started.plusDays(1 + this.random.nextInt(30));
		boolean open = roll >= 98 || !closed.isBefore(LocalDate.now());
		String result = open ? null
				: (roll < 83) ? "SUCCESSFUL" : (roll < 95) ? "UNSUCCESSFUL" : (roll < 97) ? "REFERRED" : "WITHDRAWN";
		String reason = (result == null || "REFERRED".equals(result)) ? null
				: "SUCCESSFUL".equals(result) ? "AGREEMENT" : "MEDIATOR_ENDED";
		batch.add(++this.cases, team[0], team[1], received, "PARTY_REQUEST", FIELDS[this.random.nextInt(FIELDS.length)],
				"Vụ việc mẫu", open ? "IN_PROGRESS" : "CLOSED", assigned,
				started.isAfter(LocalDate.now()) ? null : started, reason, result, open ? null : closed,
				received.getYear(), number, 0L, this.now, this.now);
	}

}

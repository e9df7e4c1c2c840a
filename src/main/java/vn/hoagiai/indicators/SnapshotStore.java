package vn.hoagiai.indicators;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ObjLongConsumer;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the summary tables {@code ind_snapshot} and {@code ind_snapshot_generation}
 * (V60). Generation rows are created by the first mark with
 * {@code on conflict do nothing}, so two writers marking a new commune at once never
 * fail; marks take the rows in id order, so they cannot deadlock.
 */
@Component
class SnapshotStore {

	/** The all-communes generation's row. */
	static final long ALL = 0L;

	private static final int CHUNK = 1000;

	private static final List<Column> COLUMNS = List.of(new Column("teams", (t) -> t.teams, (t, v) -> t.teams = v),
			new Column("consolidated", (t) -> t.consolidated, (t, v) -> t.consolidated = v),
			new Column("teams_too_small", (t) -> t.teamsTooSmall, (t, v) -> t.teamsTooSmall = v),
			new Column("missing_members", (t) -> t.missingMembers, (t, v) -> t.missingMembers = v),
			new Column("teams_without_woman", (t) -> t.teamsWithoutWoman, (t, v) -> t.teamsWithoutWoman = v),
			new Column("teams_without_minority", (t) -> t.teamsWithoutMinority, (t, v) -> t.teamsWithoutMinority = v),
			new Column("teams_leader_problem", (t) -> t.teamsLeaderProblem, (t, v) -> t.teamsLeaderProblem = v),
			new Column("teams_over_quota", (t) -> t.teamsOverQuota, (t, v) -> t.teamsOverQuota = v),
			new Column("teams_with_legal", (t) -> t.teamsWithLegalProfessional,
					(t, v) -> t.teamsWithLegalProfessional = v),
			new Column("mediators", (t) -> t.mediators, (t, v) -> t.mediators = v),
			new Column("women", (t) -> t.women, (t, v) -> t.women = v),
			new Column("ethnic_minority", (t) -> t.ethnicMinority, (t, v) -> t.ethnicMinority = v),
			new Column("cases_received", (t) -> t.casesReceived, (t, v) -> t.casesReceived = v),
			new Column("successful", (t) -> t.successful, (t, v) -> t.successful = v),
			new Column("unsuccessful", (t) -> t.unsuccessful, (t, v) -> t.unsuccessful = v),
			new Column("in_progress", (t) -> t.inProgress, (t, v) -> t.inProgress = v),
			new Column("referred", (t) -> t.referred, (t, v) -> t.referred = v),
			new Column("late_starts", (t) -> t.lateStarts, (t, v) -> t.lateStarts = v));

	private static final String COUNTS = COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "));

	private static final String KEYS = "period_from, period_to, as_of, mapped_on, unit_generation, all_generation, "
			+ COUNTS + ", typical_model, trained, material_users, cases_by_field, computed_at";

	private static final String UPDATE = "update ind_snapshot set "
			+ java.util.Arrays.stream(KEYS.split(", ")).map((c) -> c + " = ?").collect(Collectors.joining(", "))
			+ " where period_code = ? and unit_id = ? and unit_generation <= ? and all_generation <= ?";

	private static final String INSERT = "insert into ind_snapshot (period_code, unit_id, " + KEYS + ") values ("
			+ "?, ".repeat(KEYS.split(", ").length + 1) + "?) on conflict do nothing";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	SnapshotStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** The generations of these communes (null: all) and of all communes. */
	SnapshotRow.Generations generations(Collection<Long> communes) {
		Map<Long, Long> units = new HashMap<>();
		if (communes == null) {
			this.jdbc.sql("select unit_id, generation from ind_snapshot_generation")
				.query((rs, n) -> units.put(rs.getLong(1), rs.getLong(2)))
				.list();
		}
		else {
			List<Long> ids = new ArrayList<>(communes);
			ids.add(ALL);
			for (int i = 0; i < ids.size(); i += CHUNK) {
				this.jdbc.sql("select unit_id, generation from ind_snapshot_generation where unit_id in (:ids)")
					.param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
					.query((rs, n) -> units.put(rs.getLong(1), rs.getLong(2)))
					.list();
			}
		}
		return new SnapshotRow.Generations(units.getOrDefault(ALL, 0L), units);
	}

	/** The stored summaries of a period for these communes (null: all). */
	Map<Long, SnapshotRow> read(String periodCode, Collection<Long> communes) {
		Map<Long, SnapshotRow> rows = new HashMap<>();
		String sql = "select * from ind_snapshot where period_code = :p";
		if (communes == null) {
			this.jdbc.sql(sql).param("p", periodCode).query((rs, n) -> rows.put(rs.getLong("unit_id"), row(rs))).list();
			return rows;
		}
		List<Long> ids = new ArrayList<>(communes);
		for (int i = 0; i < ids.size(); i += CHUNK) {
			this.jdbc.sql(sql + " and unit_id in (:ids)")
				.param("p", periodCode)
				.param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
				.query((rs, n) -> rows.put(rs.getLong("unit_id"), row(rs)))
				.list();
		}
		return rows;
	}

	/**
	 * Stores the tallies counted after reading {@code generations}; a row already stored
	 * from a later generation is kept.
	 */
	void save(Period period, LocalDate asOf, LocalDate mappedOn, SnapshotRow.Generations generations,
			Map<Long, Tally> tallies) {
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		tallies.forEach((unit, tally) -> {
			long unitGeneration = generations.of(unit);
			List<Object> values = new ArrayList<>(List.of(Date.valueOf(period.from()), Date.valueOf(period.to()),
					Date.valueOf(asOf), Date.valueOf(mappedOn), unitGeneration, generations.all()));
			COLUMNS.forEach((c) -> values.add(c.get().applyAsLong(tally)));
			values.add(tally.typicalCommunes > 0);
			values.add(tally.trained);
			values.add(tally.materialUsers);
			values.add(fields(tally.casesByField));
			values.add(now);
			List<Object> update = new ArrayList<>(values);
			update.addAll(List.of(period.code(), unit, unitGeneration, generations.all()));
			updates.add(update.toArray());
			List<Object> insert = new ArrayList<>(List.of(period.code(), unit));
			insert.addAll(values);
			inserts.add(insert.toArray());
		});
		if (!tallies.isEmpty()) {
			this.batch.batchUpdate(UPDATE, updates);
			this.batch.batchUpdate(INSERT, inserts);
		}
	}

	/** Bumps these communes' generations, in the caller's transaction. */
	void mark(Set<Long> communes) {
		List<Object[]> ids = new TreeSet<>(communes).stream().map((id) -> new Object[] { id }).toList();
		if (ids.isEmpty()) {
			return;
		}
		this.batch.batchUpdate(
				"insert into ind_snapshot_generation (unit_id, generation) values (?, 0) " + "on conflict do nothing",
				ids);
		this.batch.batchUpdate("update ind_snapshot_generation set generation = generation + 1 where unit_id = ?", ids);
	}

	/**
	 * The last day on or before {@code today} on which the unit map changed by itself: a
	 * unit, a parent link or a succession took or lost effect.
	 */
	LocalDate lastMapChange(LocalDate today) {
		return this.jdbc.sql("""
				select max(d) from (
				  select max(valid_from) as d from org_unit where valid_from <= :t
				  union all select max(valid_to) from org_unit where valid_to <= :t
				  union all select max(valid_from) from org_unit_parent where valid_from <= :t
				  union all select max(valid_to) from org_unit_parent where valid_to <= :t
				  union all select max(effective_date) from org_succession where effective_date <= :t
				) x
				""").param("t", today).query((rs, n) -> {
			Date d = rs.getDate(1);
			return (d != null) ? d.toLocalDate() : null;
		}).optional().orElse(null);
	}

	private static SnapshotRow row(ResultSet rs) throws SQLException {
		Tally tally = new Tally();
		for (Column c : COLUMNS) {
			c.set().accept(tally, rs.getLong(c.name()));
		}
		tally.communes = 1;
		tally.typicalCommunes = rs.getBoolean("typical_model") ? 1 : 0;
		tally.trained = nullableLong(rs, "trained");
		tally.materialUsers = nullableLong(rs, "material_users");
		String fields = rs.getString("cases_by_field");
		if (!fields.isEmpty()) {
			for (String pair : fields.split(";")) {
				int eq = pair.lastIndexOf('=');
				tally.casesByField.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
			}
		}
		return new SnapshotRow(rs.getLong("unit_id"), rs.getDate("period_from").toLocalDate(),
				rs.getDate("period_to").toLocalDate(), rs.getDate("as_of").toLocalDate(),
				rs.getDate("mapped_on").toLocalDate(), rs.getLong("unit_generation"), rs.getLong("all_generation"),
				tally);
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/**
	 * Cases by field as {@code CODE=n;CODE=n}: a handful of codes, read and written
	 * whole.
	 */
	private static String fields(Map<String, Long> byField) {
		return byField.entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
	}

	private record Column(String name, ToLongFunction<Tally> get, ObjLongConsumer<Tally> set) {
	}

}

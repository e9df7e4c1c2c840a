package vn.hoagiai.indicators;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.mediators.Background;

/**
 * The plain SQL behind every indicator: team composition on a day (from the membership
 * history, so a past period sees the teams as they were), cases by what happened in the
 * period, trainers. Each answers per team or per unit and lets the caller sum; a null
 * unit list means every unit. Reads the mediators' and cases' tables directly (reports
 * read with SQL); the team conditions mirror the team list's.
 */
@Component
class IndicatorQueries {

	static final String LEGAL_BACKGROUNDS = Arrays.stream(Background.values())
		.filter(Background::legalProfessional)
		.map((b) -> "'" + b.name() + "'")
		.collect(Collectors.joining(", "));

	private static final String TEAMS = """
			select t.id, t.name, t.unit_id, t.quota,
			  (u.ethnic_minority_area or coalesce(pu.ethnic_minority_area, false)) as ethnic_area,
			  (t.typical_model and (t.typical_model_year is null or t.typical_model_year <= :year)) as typical,
			  count(ms.id) as members,
			  sum(case when m.sex = 'FEMALE' then 1 else 0 end) as women,
			  sum(case when e.minority then 1 else 0 end) as minority,
			  sum(case when ms.team_role = 'LEADER' then 1 else 0 end) as leaders,
			  sum(case when m.background in (%s) then 1 else 0 end) as legal
			from med_team t
			join org_unit u on u.id = t.unit_id
			left join org_unit_parent pl on pl.unit_id = u.id and pl.valid_from <= :a and (pl.valid_to is null or pl.valid_to > :a)
			left join org_unit pu on pu.id = pl.parent_id
			left join med_membership ms on ms.team_id = t.id and ms.from_date <= :a and (ms.to_date is null or ms.to_date > :a)
			left join med_mediator m on m.id = ms.mediator_id
			left join med_ethnicity e on e.code = m.ethnicity_code
			where (t.decision_date is null or t.decision_date <= :a) and (t.dissolved_on is null or t.dissolved_on > :a)%s
			group by t.id, t.name, t.unit_id, t.quota, u.ethnic_minority_area, pu.ethnic_minority_area,
			  t.typical_model, t.typical_model_year
			""";

	private static final String CASES = """
			select c.team_id, c.unit_id,
			  sum(case when c.received_on >= :from then 1 else 0 end) as received,
			  sum(case when c.result = 'SUCCESSFUL' and c.closed_on between :from and :to then 1 else 0 end) as successful,
			  sum(case when c.result = 'UNSUCCESSFUL' and c.closed_on between :from and :to then 1 else 0 end) as unsuccessful,
			  sum(case when c.result = 'REFERRED' and c.closed_on between :from and :to then 1 else 0 end) as referred,
			  sum(case when c.received_on <= :a and (c.closed_on is null or c.closed_on > :a) then 1 else 0 end) as open_cases,
			  sum(case when c.assigned_on between :from and :to and c.start_immediate = false
			    and ((c.started_on is not null and c.started_on > c.assigned_on + 3)
			      or (c.started_on is null and c.closed_on is null and c.assigned_on + 3 < :a)) then 1 else 0 end) as late
			from cas_case c
			where c.received_on <= :to and (c.closed_on is null or c.closed_on >= :from)%s
			group by c.team_id, c.unit_id
			""";

	private final JdbcClient jdbc;

	IndicatorQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Teams that exist on {@code asOf}, with their active members on that day. */
	List<TeamTally> teams(Collection<Long> units, LocalDate asOf, int year) {
		return this.jdbc.sql(TEAMS.formatted(LEGAL_BACKGROUNDS, filter(units, "t")))
			.param("a", asOf)
			.param("year", year)
			.params(unitParams(units))
			.query((rs, n) -> {
				int quota = rs.getInt("quota");
				Integer quotaValue = rs.wasNull() ? null : quota;
				return new TeamTally(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"), quotaValue,
						rs.getBoolean("ethnic_area"), rs.getBoolean("typical"), rs.getLong("members"),
						rs.getLong("women"), rs.getLong("minority"), rs.getLong("leaders"), rs.getLong("legal"));
			})
			.list();
	}

	/** Cases per team: what happened between {@code from} and {@code to}. */
	List<CaseTally> cases(Collection<Long> units, LocalDate from, LocalDate to, LocalDate asOf) {
		return this.jdbc.sql(CASES.formatted(filter(units, "c")))
			.param("from", from)
			.param("to", to)
			.param("a", asOf)
			.params(unitParams(units))
			.query((rs, n) -> new CaseTally(rs.getLong("team_id"), rs.getLong("unit_id"), rs.getLong("received"),
					rs.getLong("successful"), rs.getLong("unsuccessful"), rs.getLong("open_cases"),
					rs.getLong("referred"), rs.getLong("late")))
			.list();
	}

	/** Cases received in the period by field: unit, field code, count. */
	void casesByField(Collection<Long> units, LocalDate from, LocalDate to, FieldCount sink) {
		this.jdbc
			.sql("select c.unit_id, c.field_code, count(*) as n from cas_case c "
					+ "where c.received_on between :from and :to" + filter(units, "c")
					+ " group by c.unit_id, c.field_code")
			.param("from", from)
			.param("to", to)
			.params(unitParams(units))
			.query((RowCallbackHandler) (rs) -> sink.accept(rs.getLong(1), rs.getString(2), rs.getLong(3)));
	}

	/** Active trainers per unit and level: unit, level, count. */
	void trainers(FieldCount sink) {
		this.jdbc.sql("select unit_id, level, count(*) from med_trainer where active = true group by unit_id, level")
			.query((RowCallbackHandler) (rs) -> sink.accept(rs.getLong(1), rs.getString(2), rs.getLong(3)));
	}

	/** The case fields' names, in their order. */
	List<CaseField> fields() {
		return this.jdbc.sql("select code, name from cas_field order by sort_order")
			.query((rs, n) -> new CaseField(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** The condition that picks the cases behind {@code code}, or null for none. */
	static String caseCondition(IndicatorCode code) {
		return switch (code) {
			case CASES_RECEIVED -> "c.received_on between :from and :to";
			case CASES_SUCCESSFUL -> "c.result = 'SUCCESSFUL' and c.closed_on between :from and :to";
			case CASES_UNSUCCESSFUL -> "c.result = 'UNSUCCESSFUL' and c.closed_on between :from and :to";
			case SUCCESS_RATE -> "c.result in ('SUCCESSFUL', 'UNSUCCESSFUL') and c.closed_on between :from and :to";
			case CASES_REFERRED -> "c.result = 'REFERRED' and c.closed_on between :from and :to";
			case CASES_IN_PROGRESS -> "c.received_on <= :a and (c.closed_on is null or c.closed_on > :a)";
			case LATE_STARTS -> "c.assigned_on between :from and :to and c.start_immediate = false "
					+ "and ((c.started_on is not null and c.started_on > c.assigned_on + 3) "
					+ "or (c.started_on is null and c.closed_on is null and c.assigned_on + 3 < :a))";
			default -> null;
		};
	}

	long countCases(Collection<Long> units, IndicatorCode code, LocalDate from, LocalDate to, LocalDate asOf) {
		return this.jdbc.sql("select count(*) from cas_case c where " + caseCondition(code) + filter(units, "c"))
			.param("from", from)
			.param("to", to)
			.param("a", asOf)
			.params(unitParams(units))
			.query(Long.class)
			.single();
	}

	List<CaseRecord> listCases(Collection<Long> units, IndicatorCode code, LocalDate from, LocalDate to, LocalDate asOf,
			int offset, int limit) {
		return this.jdbc
			.sql("select c.id, c.team_id, t.name, c.register_year, c.register_number, c.received_on, c.field_code, "
					+ "c.status, c.result, c.closed_on from cas_case c join med_team t on t.id = c.team_id where "
					+ caseCondition(code) + filter(units, "c")
					+ " order by c.received_on desc, c.id desc limit :limit offset :offset")
			.param("from", from)
			.param("to", to)
			.param("a", asOf)
			.param("limit", limit)
			.param("offset", offset)
			.params(unitParams(units))
			.query((rs, n) -> {
				java.sql.Date closed = rs.getDate(10);
				return new CaseRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
						rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8), rs.getString(9),
						(closed != null) ? closed.toLocalDate() : null);
			})
			.list();
	}

	private static String filter(Collection<Long> units, String alias) {
		return (units == null) ? "" : " and " + alias + ".unit_id in (:units)";
	}

	private static java.util.Map<String, Object> unitParams(Collection<Long> units) {
		if (units == null) {
			return java.util.Map.of();
		}
		return java.util.Map.of("units", units.isEmpty() ? List.of(-1L) : units);
	}

	/** Receives one grouped row. */
	@FunctionalInterface
	interface FieldCount {

		void accept(long unitId, String key, long count);

	}

}

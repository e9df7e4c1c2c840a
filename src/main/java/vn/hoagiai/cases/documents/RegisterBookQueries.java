package vn.hoagiai.cases.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoagiai.shared.UnitId;

/**
 * The cases of a team's book for a year, with their parties, mediators and invited
 * persons: five indexed queries whatever the number of cases. The cases' own rows are
 * read by their ids, not through {@code case_id in (select ...)}: H2 reads that subquery
 * form by scanning the whole table (4.3 s for a book of 13 cases among a million).
 */
@Component
class RegisterBookQueries {

	private final JdbcClient jdbc;

	RegisterBookQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A case as the book reads it. */
	record CaseLine(long id, int number, LocalDate receivedOn, UnitId unit, String fieldCode, String content,
			String status, String result, String agreement, String referralBody, LocalDate referralDate,
			boolean privateMediation) {

	}

	/** A party or related person as the book prints them. */
	record PartyLine(String role, String name, Integer birthYear, String address, String demands, String referredTo) {

	}

	/** A field of the configurable list. */
	record Field(String code, String name) {

	}

	List<CaseLine> cases(long team, int year) {
		return this.jdbc.sql("""
				select id, register_number, received_on, unit_id, field_code, content, status, result, agreement,
				  referral_body, referral_date, private_mediation
				from cas_case where team_id = :team and register_year = :year order by register_number""")
			.param("team", team)
			.param("year", year)
			.query((rs, n) -> new CaseLine(rs.getLong(1), rs.getInt(2), rs.getDate(3).toLocalDate(),
					UnitId.of(rs.getLong(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9), rs.getString(10), (rs.getDate(11) != null) ? rs.getDate(11).toLocalDate() : null,
					rs.getBoolean(12)))
			.list();
	}

	Map<Long, List<PartyLine>> parties(Collection<Long> cases) {
		Map<Long, List<PartyLine>> byCase = new LinkedHashMap<>();
		this.jdbc
			.sql("select case_id, role, full_name, birth_year, address, demands, referred_to from cas_party "
					+ "where case_id in (:cases) order by case_id, sort_order")
			.param("cases", ids(cases))
			.query((rs, n) -> byCase.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new PartyLine(rs.getString(2), rs.getString(3), (Integer) rs.getObject(4), rs.getString(5),
						rs.getString(6), rs.getString(7))))
			.list();
		return byCase;
	}

	Map<Long, List<Long>> mediators(Collection<Long> cases) {
		Map<Long, List<Long>> byCase = new LinkedHashMap<>();
		this.jdbc
			.sql("select case_id, mediator_id from cas_assignment where case_id in (:cases) "
					+ "order by case_id, assigned_at, id")
			.param("cases", ids(cases))
			.query((rs, n) -> byCase.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		return byCase;
	}

	Map<Long, List<String>> invited(Collection<Long> cases) {
		Map<Long, List<String>> byCase = new LinkedHashMap<>();
		this.jdbc
			.sql("select case_id, invited from cas_session where invited is not null and case_id in (:cases) "
					+ "order by case_id, held_on, id")
			.param("cases", ids(cases))
			.query((rs, n) -> byCase.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return byCase;
	}

	/** The ids for an {@code in} list; none becomes one that matches nothing. */
	private static Collection<Long> ids(Collection<Long> cases) {
		return cases.isEmpty() ? List.of(-1L) : cases;
	}

	List<Field> fields() {
		return this.jdbc.sql("select code, name from cas_field order by sort_order, code")
			.query((rs, n) -> new Field(rs.getString(1), rs.getString(2)))
			.list();
	}

}

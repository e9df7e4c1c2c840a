package vn.hoagiai.cases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the next row number of a team's register book for a year. The counter row is
 * locked by its update until the creating transaction ends, so two intakes never share a
 * number and a number, once given, never moves.
 */
@Component
class RegisterNumbers {

	private final JdbcClient jdbc;

	RegisterNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	int next(long teamId, int year) {
		// a concurrent first intake of the year waits on the key instead of failing on it
		this.jdbc.sql("""
				insert into cas_register_counter (team_id, reg_year, last_number) values (:team, :year, 0)
				on conflict do nothing""").param("team", teamId).param("year", year).update();
		this.jdbc.sql("""
				update cas_register_counter set last_number = last_number + 1
				where team_id = :team and reg_year = :year""").param("team", teamId).param("year", year).update();
		return this.jdbc.sql("select last_number from cas_register_counter where team_id = :team and reg_year = :year")
			.param("team", teamId)
			.param("year", year)
			.query(Integer.class)
			.single();
	}

}

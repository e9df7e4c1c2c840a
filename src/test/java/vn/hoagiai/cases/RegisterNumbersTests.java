package vn.hoagiai.cases;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Register row numbers on the real schema (H2 with the Flyway migrations).
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:casreg;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ImportAutoConfiguration(JdbcClientAutoConfiguration.class)
@Import(RegisterNumbers.class)
class RegisterNumbersTests {

	@Autowired
	private RegisterNumbers numbers;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void twoTeams() {
		this.jdbc.sql("""
				insert into org_unit (id, type, name, valid_from, created_at, updated_at)
				values (9001, 'VILLAGE', 'Thôn Một', date '2020-01-01', now(), now())""").update();
		this.jdbc.sql("""
				insert into med_team (id, unit_id, name, status, created_at, updated_at) values
				(801, 9001, 'Tổ A', 'ACTIVE', now(), now()), (802, 9001, 'Tổ B', 'ACTIVE', now(), now())""").update();
	}

	@Test
	void numbersCountUpPerTeamAndYear() {
		assertThat(this.numbers.next(801, 2025)).isEqualTo(1);
		assertThat(this.numbers.next(801, 2025)).isEqualTo(2);
		assertThat(this.numbers.next(802, 2025)).isEqualTo(1);
		assertThat(this.numbers.next(801, 2026)).isEqualTo(1);
		assertThat(this.numbers.next(801, 2025)).isEqualTo(3);
	}

}

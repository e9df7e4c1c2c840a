package vn.hoagiai.mediators;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.shared.Role;
import vn.hoagiai.support.IntegrationTest;
import vn.hoagiai.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team list filters compliance in SQL; the team page applies {@link TeamComposition}
 * to the members. On the demo data both must agree for every team, and about one team in
 * eight breaks a rule.
 */
@IntegrationTest
class TeamComplianceIT {

	@Autowired
	TeamService teams;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void signIn() {
		long province = this.jdbc.sql("select id from org_unit where name = 'Tỉnh Thái Nguyên'")
			.query(Long.class)
			.single();
		SignedIn.as("admin", province, Role.ADMIN);
	}

	@AfterEach
	void signOut() {
		SignedIn.clear();
	}

	@Test
	void sqlFilterAndDomainRuleAgreeOnEveryTeam() {
		List<TeamRow> all = this.teams.list(new TeamFilter(null, null, null, true, null), PageRequest.of(0, 10_000))
			.getContent();
		Set<Long> failing = this.teams.list(new TeamFilter(null, null, false, true, null), PageRequest.of(0, 10_000))
			.getContent()
			.stream()
			.map(TeamRow::id)
			.collect(Collectors.toSet());

		for (TeamRow row : all) {
			boolean meetsLaw = this.teams.view(row.id()).composition().meetsLaw();
			assertThat(meetsLaw).as("team %s (%s)", row.id(), row.name()).isEqualTo(!failing.contains(row.id()));
			assertThat(row.composition().meetsLaw()).as("row of team %s", row.id()).isEqualTo(meetsLaw);
		}
		assertThat(failing).isNotEmpty().hasSizeLessThan(all.size() / 4);
	}

}

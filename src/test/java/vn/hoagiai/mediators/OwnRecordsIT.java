package vn.hoagiai.mediators;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.support.HttpSession;
import vn.hoagiai.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Team leaders and mediators signed in with their own accounts: their own record and
 * team, nothing else; officers link the accounts.
 */
@IntegrationTest
class OwnRecordsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMediatorSeesTheirOwnRecordAndTeamButNotAColleaguesRecord() {
		long own = linked("hgv.demo");
		long team = teamOf(own);
		long colleague = colleagueOf(own);
		HttpSession mediator = signedIn("hgv.demo");

		assertThat(mediator.getJson("/api/v1/mediators/" + own).statusCode()).isEqualTo(200);
		assertThat(mediator.getJson("/api/v1/mediators/" + colleague).statusCode()).isEqualTo(404);
		assertThat(mediator.get("/mediators/" + colleague).statusCode()).isEqualTo(404);
		assertThat(mediator.getJson("/api/v1/teams/" + team).statusCode()).isEqualTo(200);
		HttpResponse<String> list = mediator.getJson("/api/v1/mediators?size=100");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("\"total\":" + members(team));
	}

	@Test
	void aTeamLeaderSeesTheMembersOfTheirTeam() {
		long leader = linked("totruong.demo");
		HttpSession session = signedIn("totruong.demo");

		assertThat(session.getJson("/api/v1/mediators/" + colleagueOf(leader)).statusCode()).isEqualTo(200);
		assertThat(session.getJson("/api/v1/teams/" + teamOf(leader)).statusCode()).isEqualTo(200);
	}

	@Test
	void anOfficerLinksAccountsAndBadLinksAreRefusedFieldByField() {
		long own = linked("hgv.demo");
		long colleague = colleagueOf(own);
		HttpSession officer = signedIn("tuphap.ducxuan");

		assertThat(link(officer, colleague, "hgv.demo").body()).contains("username",
				"đã gắn với một hòa giải viên khác");
		assertThat(link(officer, colleague, "tuphap.ducxuan").statusCode()).isEqualTo(422);
		assertThat(link(officer, colleague, "tuphap.duongquang").statusCode()).isEqualTo(422);
		assertThat(link(officer, colleague, "nobody.here").statusCode()).isEqualTo(422);

		assertThat(link(officer, own, "").statusCode()).isEqualTo(200);
		assertThat(signedIn("hgv.demo").getJson("/api/v1/mediators/" + own).statusCode()).isEqualTo(404);
		assertThat(link(officer, own, "hgv.demo").statusCode()).isEqualTo(200);
		assertThat(signedIn("hgv.demo").getJson("/api/v1/mediators/" + own).statusCode()).isEqualTo(200);
		assertThat(this.jdbc
			.sql("select count(*) from aud_event where record_type = 'Mediator' and record_id = :id"
					+ " and changes like '%account%'")
			.param("id", String.valueOf(own))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	private HttpResponse<String> link(HttpSession officer, long mediator, String username) {
		long version = this.jdbc.sql("select version from med_mediator where id = :id")
			.param("id", mediator)
			.query(Long.class)
			.single();
		String json = "{\"username\":\"" + username + "\",\"version\":" + version + "}";
		return officer
			.send(HttpRequest.newBuilder(URI.create(officer.url("/api/v1/mediators/" + mediator + "/account")))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.header("X-XSRF-TOKEN", officer.csrfToken())
				.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	private long linked(String username) {
		return this.jdbc.sql("select id from med_mediator where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private long teamOf(long mediator) {
		return this.jdbc.sql("select team_id from med_mediator where id = :id")
			.param("id", mediator)
			.query(Long.class)
			.single();
	}

	private long colleagueOf(long mediator) {
		return this.jdbc
			.sql("select id from med_mediator where team_id = :team and id <> :id and status = 'ACTIVE'"
					+ " and username is null order by id limit 1")
			.param("team", teamOf(mediator))
			.param("id", mediator)
			.query(Long.class)
			.single();
	}

	private long members(long team) {
		return this.jdbc.sql("select count(*) from med_mediator where team_id = :team and status = 'ACTIVE'")
			.param("team", team)
			.query(Long.class)
			.single();
	}

	private HttpSession signedIn(String username) {
		HttpSession session = new HttpSession(this.port);
		assertThat(session.signIn(username, Deployment.DEMO_PASSWORD)).endsWith("/");
		return session;
	}

}

package vn.hoagiai.mediators;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.support.HttpSession;
import vn.hoagiai.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team leader proposes a change for their own team, the commune officer accepts it; a
 * mediator sees the team but cannot propose; another commune's officer cannot see it.
 */
@IntegrationTest
class TeamProposalsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void leaderProposesAndOfficerDecides() {
		long team = this.jdbc
			.sql("select t.id from med_team t join idn_user u on u.unit_id = t.unit_id "
					+ "where u.username = 'totruong.demo'")
			.query(Long.class)
			.single();
		HttpSession leader = signedIn("totruong.demo");

		assertThat(leader.get("/teams/" + team).statusCode()).isEqualTo(200);
		assertThat(
				leader
					.post("/teams/" + team + "/proposals",
							Map.of("kind", "ADD_MEDIATOR", "content",
									"Đề nghị bổ sung bà Triệu Thị Lành, thôn bầu 85%."))
					.statusCode())
			.isEqualTo(302);
		long proposal = this.jdbc.sql("select max(id) from med_proposal where team_id = :t")
			.param("t", team)
			.query(Long.class)
			.single();

		HttpSession mediator = signedIn("hgv.demo");
		assertThat(mediator.get("/teams/" + team).body()).contains("Triệu Thị Lành");
		assertThat(mediator.post("/teams/" + team + "/proposals", Map.of("kind", "OTHER", "content", "x")).statusCode())
			.isEqualTo(403);
		assertThat(signedIn("tuphap.duongquang").get("/teams/" + team).statusCode()).isEqualTo(404);

		HttpSession officer = signedIn("tuphap.ducxuan");
		assertThat(officer
			.post("/teams/" + team + "/proposals/" + proposal + "/decide",
					Map.of("version", "0", "accepted", "true", "note", "Đồng ý, trình Chủ tịch UBND"))
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("select status from med_proposal where id = :id")
			.param("id", proposal)
			.query(String.class)
			.single()).isEqualTo("ACCEPTED");
	}

	private HttpSession signedIn(String username) {
		HttpSession session = new HttpSession(this.port);
		assertThat(session.signIn(username, Deployment.DEMO_PASSWORD)).endsWith("/");
		return session;
	}

}

package vn.hoagiai.cases;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.support.HttpSession;
import vn.hoagiai.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case through the API on the demo data: intake, assignment, session, outcome; scope
 * and version checks. Its one run failed at the first POST (flags left out of the JSON
 * could not bind to primitives); the binding is fixed and covered by
 * {@code CasesApiControllerTests}, but this test has not run green yet.
 */
@IntegrationTest
class CasesApiIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void intakeAssignSessionAndSuccessfulOutcomeThenOtherCommuneGets404() {
		long team = teamIn("Phường Đức Xuân");
		long mediator = memberOf(team);
		HttpSession officer = signedIn("tuphap.ducxuan");

		HttpResponse<String> created = officer.send(json(officer, "/api/v1/cases", intake(team)));
		assertThat(created.statusCode()).isEqualTo(201);
		long id = id(created);
		assertThat(created.body()).contains("\"registerNumber\":", "\"status\":\"RECEIVED\"");

		HttpResponse<String> assigned = officer.send(json(officer, "/api/v1/cases/" + id + "/assignments",
				"{\"version\":" + version(id) + ",\"mediatorId\":" + mediator + "}"));
		assertThat(assigned.statusCode()).isEqualTo(200);
		HttpResponse<String> session = officer.send(json(officer, "/api/v1/cases/" + id + "/sessions",
				"{\"version\":" + version(id) + ",\"heldOn\":\"" + LocalDate.now() + "\",\"place\":\"Nhà văn hóa\"}"));
		assertThat(session.statusCode()).isEqualTo(200);
		HttpResponse<String> closed = officer.send(json(officer, "/api/v1/cases/" + id + "/outcome",
				"{\"version\":" + version(id) + ",\"result\":\"SUCCESSFUL\",\"endReason\":\"AGREEMENT\","
						+ "\"agreement\":\"Hai bên thống nhất ranh giới\"}"));

		assertThat(closed.statusCode()).isEqualTo(200);
		assertThat(closed.body()).contains("\"status\":\"CLOSED\"", "\"result\":\"SUCCESSFUL\"");
		assertThat(signedIn("tuphap.duongquang").getJson("/api/v1/cases/" + id).statusCode()).isEqualTo(404);
		assertThat(officer.getJson("/api/v1/cases?q=nguyen%20van%20an").body()).contains("\"id\":" + id);
	}

	@Test
	void badIntakeIs422WithEveryProblemAndStaleEditIs409() {
		long team = teamIn("Phường Đức Xuân");
		HttpSession officer = signedIn("tuphap.ducxuan");

		HttpResponse<String> bad = officer
			.send(json(officer, "/api/v1/cases", "{\"teamId\":" + team + ",\"fieldCode\":\"NOPE\",\"parties\":[]}"));
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("receivedOn", "ground", "fieldCode", "content", "parties");

		long id = id(officer.send(json(officer, "/api/v1/cases", intake(team))));
		long version = version(id);
		String edit = intake(team).replace("{\"teamId\"", "{\"version\":" + version + ",\"teamId\"");
		HttpResponse<String> first = officer.send(json(officer, "/api/v1/cases/" + id, edit.replace("Tranh", "Mâu"))
			.PUT(HttpRequest.BodyPublishers.ofString(edit.replace("Tranh", "Mâu"))));
		HttpResponse<String> second = officer
			.send(json(officer, "/api/v1/cases/" + id, edit).PUT(HttpRequest.BodyPublishers.ofString(edit)));
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(409);
	}

	private static String intake(long team) {
		return "{\"teamId\":" + team + ",\"receivedOn\":\"" + LocalDate.now().minusDays(2)
				+ "\",\"ground\":\"PARTY_REQUEST\",\"fieldCode\":\"NEIGHBOUR\",\"content\":\"Tranh chấp lối đi\","
				+ "\"parties\":[{\"role\":\"PARTY\",\"kind\":\"INDIVIDUAL\",\"fullName\":\"Nguyễn Văn An\"},"
				+ "{\"role\":\"PARTY\",\"kind\":\"INDIVIDUAL\",\"fullName\":\"Trần Thị Bình\"}]}";
	}

	private static long id(HttpResponse<String> created) {
		String location = created.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long version(long id) {
		return this.jdbc.sql("select version from cas_case where id = :id").param("id", id).query(Long.class).single();
	}

	private long teamIn(String commune) {
		return this.jdbc
			.sql("select t.id from med_team t join org_unit_parent p on p.unit_id = t.unit_id "
					+ "and p.valid_to is null join org_unit c on c.id = p.parent_id where c.name = :commune "
					+ "and t.status = 'ACTIVE' and exists (select 1 from med_mediator m where m.team_id = t.id "
					+ "and m.status = 'ACTIVE') order by t.id limit 1")
			.param("commune", commune)
			.query(Long.class)
			.single();
	}

	private long memberOf(long team) {
		return this.jdbc
			.sql("select id from med_mediator where team_id = :team and status = 'ACTIVE' order by id limit 1")
			.param("team", team)
			.query(Long.class)
			.single();
	}

	private HttpRequest.Builder json(HttpSession session, String path, String body) {
		return HttpRequest.newBuilder(URI.create(session.url(path)))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", session.csrfToken())
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpSession signedIn(String username) {
		HttpSession session = new HttpSession(this.port);
		assertThat(session.signIn(username, Deployment.DEMO_PASSWORD)).endsWith("/");
		return session;
	}

}

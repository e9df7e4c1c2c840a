package vn.hoagiai.cases.documents;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.support.HttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes a case through the API on the demo data, for the tests of what follows a closing
 * (documents, fees).
 */
public final class CaseApiDriver {

	private final int port;

	private final JdbcClient jdbc;

	public CaseApiDriver(int port, JdbcClient jdbc) {
		this.port = port;
		this.jdbc = jdbc;
	}

	/**
	 * A case received two days ago, mediated yesterday and closed as successful today.
	 */
	public long closedSuccessfully(HttpSession officer, long team, String party, String agreement) {
		long id = intake(officer, team, party);
		ok(officer.send(json(officer, "/api/v1/cases/" + id + "/assignments",
				"{\"version\":" + version(id) + ",\"mediatorId\":" + memberOf(team) + "}")));
		ok(officer.send(json(officer, "/api/v1/cases/" + id + "/sessions", "{\"version\":" + version(id)
				+ ",\"heldOn\":\"" + LocalDate.now().minusDays(1) + "\",\"place\":\"Nhà văn hóa\"}")));
		ok(officer.send(json(officer, "/api/v1/cases/" + id + "/outcome", "{\"version\":" + version(id)
				+ ",\"result\":\"SUCCESSFUL\",\"endReason\":\"AGREEMENT\"," + "\"agreement\":\"" + agreement + "\"}")));
		return id;
	}

	public long intake(HttpSession officer, long team, String party) {
		HttpResponse<String> created = officer.send(json(officer, "/api/v1/cases", "{\"teamId\":" + team
				+ ",\"receivedOn\":\"" + LocalDate.now().minusDays(2)
				+ "\",\"ground\":\"PARTY_REQUEST\",\"fieldCode\":\"NEIGHBOUR\",\"content\":\"Tranh chấp lối đi\","
				+ "\"parties\":[{\"role\":\"PARTY\",\"kind\":\"INDIVIDUAL\",\"fullName\":\"" + party + "\"},"
				+ "{\"role\":\"PARTY\",\"kind\":\"INDIVIDUAL\",\"fullName\":\"Trần Thị Bình\"}]}"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	public long memberOf(long team) {
		return this.jdbc
			.sql("select id from med_mediator where team_id = :team and status = 'ACTIVE' order by id limit 1")
			.param("team", team)
			.query(Long.class)
			.single();
	}

	public long version(long id) {
		return this.jdbc.sql("select version from cas_case where id = :id").param("id", id).query(Long.class).single();
	}

	public long teamIn(String commune) {
		return this.jdbc
			.sql("select t.id from med_team t join org_unit_parent p on p.unit_id = t.unit_id "
					+ "and p.valid_to is null join org_unit c on c.id = p.parent_id where c.name = :commune "
					+ "and t.status = 'ACTIVE' and exists (select 1 from med_mediator m where m.team_id = t.id "
					+ "and m.status = 'ACTIVE') order by t.id limit 1")
			.param("commune", commune)
			.query(Long.class)
			.single();
	}

	public HttpRequest.Builder json(HttpSession session, String path, String body) {
		return HttpRequest.newBuilder(URI.create(session.url(path)))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", session.csrfToken())
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	public HttpSession signedIn(String username) {
		HttpSession session = new HttpSession(this.port);
		assertThat(session.signIn(username, Deployment.DEMO_PASSWORD)).endsWith("/");
		return session;
	}

	private static void ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

}

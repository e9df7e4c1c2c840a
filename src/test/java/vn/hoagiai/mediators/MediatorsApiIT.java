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
 * The mediator register through the API on the demo data: scope, version checks, search.
 */
@IntegrationTest
class MediatorsApiIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void officerOfDuongQuangGets404ForADucXuanMediator() {
		long ducXuanMediator = mediatorIn("Phường Đức Xuân");
		HttpSession duongQuang = signedIn("tuphap.duongquang");
		HttpSession ducXuan = signedIn("tuphap.ducxuan");

		assertThat(duongQuang.getJson("/api/v1/mediators/" + ducXuanMediator).statusCode()).isEqualTo(404);
		assertThat(ducXuan.getJson("/api/v1/mediators/" + ducXuanMediator).statusCode()).isEqualTo(200);
		assertThat(duongQuang.get("/mediators/" + ducXuanMediator).statusCode()).isEqualTo(404);
	}

	@Test
	void twoEditsOfOneVersionOneSucceedsTheOtherGets409() {
		long id = mediatorIn("Phường Đức Xuân");
		HttpSession officer = signedIn("tuphap.ducxuan");
		String current = officer.getJson("/api/v1/mediators/" + id).body();
		long version = this.jdbc.sql("select version from med_mediator where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		String name = this.jdbc.sql("select full_name from med_mediator where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		String body = "{\"fullName\":\"" + name + "\",\"sex\":\"FEMALE\",\"birthYear\":1970,"
				+ "\"background\":\"OTHER\",\"version\":" + version + "}";

		HttpResponse<String> first = put(officer, "/api/v1/mediators/" + id, body);
		HttpResponse<String> second = put(officer, "/api/v1/mediators/" + id, body);

		assertThat(current).contains("\"version\"");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(second.body()).contains("Người khác vừa lưu thay đổi");
	}

	@Test
	void badInputIs422WithEveryFieldAndNothingSaved() {
		long team = this.jdbc
			.sql("select t.id from med_team t join org_unit u on u.id = t.unit_id "
					+ "join org_unit_parent p on p.unit_id = u.id and p.valid_to is null "
					+ "join org_unit c on c.id = p.parent_id where c.name = 'Phường Đức Xuân' order by t.id limit 1")
			.query(Long.class)
			.single();
		long before = count();
		HttpSession officer = signedIn("tuphap.ducxuan");

		HttpResponse<String> response = officer.send(jsonRequest(officer, "/api/v1/mediators",
				"{\"teamId\":" + team + ",\"fullName\":\" \",\"birthYear\":1850,\"ethnicityCode\":\"99\","
						+ "\"votesFor\":10,\"households\":40,\"background\":\"OTHER\"}"));

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("fullName", "sex", "birthYear", "ethnicityCode", "votesFor");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void searchFindsNamesTypedWithoutAccents() {
		String name = this.jdbc.sql("select full_name from med_mediator where full_name like '% Thị %' limit 1")
			.query(String.class)
			.single();
		String unaccented = vn.hoagiai.shared.VietnameseText.fold(name).toUpperCase();
		HttpSession admin = signedIn("admin");

		HttpResponse<String> found = admin.getJson("/api/v1/mediators?q=" + unaccented.replace(" ", "%20"));

		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.body()).contains(name);
	}

	@Test
	void aSearchPageIsInNameOrderWithEachMediatorOnce() {
		HttpSession admin = signedIn("admin");

		// "thi" begins a key of every "… Thị …" name ("thi hoa" of "Nguyễn Thị Hoa")
		HttpResponse<String> found = admin.getJson("/api/v1/mediators?size=50&q=thi");

		assertThat(found.statusCode()).isEqualTo(200);
		java.util.List<Long> ids = matches(found.body(), "\"id\":(\\d+)").stream().map(Long::valueOf).toList();
		assertThat(ids).isNotEmpty();
		// the first 50 in the database's own name order (its collation, not Java's);
		// "thi" is a crowd in the tests' configuration and "thi hoa" is not: both ways
		String first50 = "select m.id from med_mediator m where exists (select 1 from med_mediator_name_token k "
				+ "where k.mediator_id = m.id and k.token like :q) order by m.name_folded, m.id limit 50";
		assertThat(ids).isEqualTo(this.jdbc.sql(first50).param("q", "thi%").query(Long.class).list());
		HttpResponse<String> few = admin.getJson("/api/v1/mediators?size=50&q=THI%20HOA");
		assertThat(matches(few.body(), "\"id\":(\\d+)").stream().map(Long::valueOf).toList())
			.isEqualTo(this.jdbc.sql(first50).param("q", "thi hoa%").query(Long.class).list());
	}

	private static java.util.List<String> matches(String body, String pattern) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(body);
		java.util.List<String> found = new java.util.ArrayList<>();
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	@Test
	void searchTreatsDecomposedLowerCaseAndPlainDAsTheName() {
		long id = mediatorIn("Phường Đức Xuân");
		HttpSession officer = signedIn("tuphap.ducxuan");
		long version = this.jdbc.sql("select version from med_mediator where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		String body = "{\"fullName\":\"Đặng Thị Hòa Quỳnh\",\"sex\":\"FEMALE\",\"birthYear\":1970,"
				+ "\"background\":\"OTHER\",\"version\":" + version + "}";
		assertThat(put(officer, "/api/v1/mediators/" + id, body).statusCode()).isEqualTo(200);
		String decomposed = java.text.Normalizer.normalize("đặng thị hòa quỳnh", java.text.Normalizer.Form.NFD);

		for (String query : new String[] { decomposed, "DANG THI HOA QUYNH", "dang thi hoa quynh", "hoa quy" }) {
			HttpResponse<String> found = officer.getJson("/api/v1/mediators?q="
					+ java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
			assertThat(found.body()).as(query).contains("Đặng Thị Hòa Quỳnh");
		}
		assertThat(this.jdbc
			.sql("select token from med_mediator_name_token where mediator_id = :id "
					+ "and name_folded = 'dang thi hoa quynh'")
			.param("id", id)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("dang thi hoa quynh", "thi hoa quynh", "hoa quynh", "quynh");
	}

	private long count() {
		return this.jdbc.sql("select count(*) from med_mediator").query(Long.class).single();
	}

	private long mediatorIn(String commune) {
		return this.jdbc.sql(
				"select m.id from med_mediator m join org_unit_parent p on p.unit_id = m.unit_id and p.valid_to is null "
						+ "join org_unit c on c.id = p.parent_id where c.name = :commune and m.status = 'ACTIVE' "
						+ "order by m.id limit 1")
			.param("commune", commune)
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> put(HttpSession session, String path, String json) {
		return session.send(jsonRequest(session, path, json).PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	private HttpRequest.Builder jsonRequest(HttpSession session, String path, String json) {
		return HttpRequest.newBuilder(URI.create(session.url(path)))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", session.csrfToken())
			.POST(HttpRequest.BodyPublishers.ofString(json));
	}

	private HttpSession signedIn(String username) {
		HttpSession session = new HttpSession(this.port);
		assertThat(session.signIn(username, Deployment.DEMO_PASSWORD)).endsWith("/");
		return session;
	}

}

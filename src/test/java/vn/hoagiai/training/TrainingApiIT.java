package vn.hoagiai.training;

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
 * The training API through the whole security chain: plan an event, record attendance,
 * bad input 422 with nothing saved, another commune's mediator 404; library files are
 * served as attachments with nosniff.
 */
@IntegrationTest
class TrainingApiIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void officerPlansAnEventAndRecordsAttendance() {
		HttpSession officer = signedIn("tuphap.ducxuan");
		long mediator = mediatorIn("Phường Đức Xuân");

		HttpResponse<String> created = post(officer, "/api/v1/training-events",
				"{\"title\":\"Hội nghị tổng kết hòa giải\",\"kind\":\"CONFERENCE\",\"startDate\":\"2025-12-01\","
						+ "\"endDate\":\"2025-12-01\",\"hours\":4,\"guestTrainers\":[\"Nguyễn Văn An\"]}");
		String location = created.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> attended = post(officer, location + "/attendance", "[{\"mediatorId\":" + mediator
				+ ",\"status\":\"PRESENT\"}," + "{\"name\":\"Lê Thị Bình\",\"role\":\"OFFICER\",\"status\":\"LATE\"}]");

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(attended.statusCode()).isEqualTo(200);
		assertThat(attended.body()).contains("\"present\":1", "\"late\":1", "Nguyễn Văn An", "Lê Thị Bình");
		assertThat(officer.getJson("/api/v1/mediators/" + mediator + "/training").body())
			.contains("Hội nghị tổng kết hòa giải");
	}

	@Test
	void badEventIs422WithEveryFieldAndNothingSaved() {
		HttpSession officer = signedIn("tuphap.ducxuan");
		long before = this.jdbc.sql("select count(*) from trn_event").query(Long.class).single();

		HttpResponse<String> response = post(officer, "/api/v1/training-events",
				"{\"title\":\" \",\"startDate\":\"2025-12-02\",\"endDate\":\"2025-12-01\",\"hours\":0}");

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("title", "kind", "endDate", "hours");
		assertThat(this.jdbc.sql("select count(*) from trn_event").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anotherCommunesMediatorRecordIs404() {
		long ducXuan = mediatorIn("Phường Đức Xuân");
		HttpSession duongQuang = signedIn("tuphap.duongquang");

		assertThat(duongQuang.getJson("/api/v1/mediators/" + ducXuan + "/training").statusCode()).isEqualTo(404);
		assertThat(duongQuang.get("/training/mediators/" + ducXuan).statusCode()).isEqualTo(404);
	}

	@Test
	void libraryFileIsAnAttachmentWithNosniff() {
		HttpSession mediator = signedIn("hgv.demo");
		long item = this.jdbc.sql("select min(id) from trn_item where kind = 'FILE' and published = true")
			.query(Long.class)
			.single();

		HttpResponse<String> list = mediator.getJson("/api/v1/library?q=so%20tay");
		HttpResponse<String> file = mediator.get("/library/" + item + "/file");
		HttpResponse<String> page = mediator.get("/library/" + item);

		assertThat(list.body()).contains("Sổ tay kỹ năng hòa giải ở cơ sở");
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
		assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(100 * 1024);
	}

	private HttpSession signedIn(String username) {
		HttpSession session = new HttpSession(this.port);
		assertThat(session.signIn(username, Deployment.DEMO_PASSWORD)).endsWith("/");
		return session;
	}

	private long mediatorIn(String commune) {
		return this.jdbc.sql(
				"select m.id from med_mediator m join org_unit_parent p on p.unit_id = m.unit_id and p.valid_to is null "
						+ "join org_unit c on c.id = p.parent_id where c.name = :commune and m.status = 'ACTIVE' "
						+ "order by m.id desc limit 1")
			.param("commune", commune)
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> post(HttpSession session, String path, String json) {
		String url = path.startsWith("http") ? path : session.url(path);
		return session.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", session.csrfToken())
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

}

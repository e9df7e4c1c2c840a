package vn.hoagiai.cases;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.support.HttpSession;
import vn.hoagiai.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotent intake under concurrent replays, and who sees a case: the commune's officer
 * and the mediators assigned to it open it; a mediator of another team, the officer of
 * another commune and a partner get 404; a partner sees no party name in the list, the
 * API or the export, and the export is logged.
 */
@IntegrationTest
class CasePrivacyIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiveConcurrentReplaysOfOneIdempotencyKeyMakeOneCase() throws Exception {
		HttpSession officer = signedIn("tuphap.ducxuan");
		String content = "Tranh chấp mương nước " + UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		String body = intake(secondTeamOfDucXuan(), content, "Đoàn Văn Nhất");
		ExecutorService pool = Executors.newFixedThreadPool(5);
		try {
			List<Callable<HttpResponse<String>>> replays = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				replays.add(() -> officer.send(json(officer, "/api/v1/cases", body).header("Idempotency-Key", key)));
			}
			List<String> locations = new ArrayList<>();
			for (Future<HttpResponse<String>> reply : pool.invokeAll(replays)) {
				assertThat(reply.get().statusCode()).isEqualTo(201);
				locations.add(reply.get().headers().firstValue("Location").orElseThrow());
			}
			assertThat(locations).containsOnly(locations.get(0));
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.sql("select count(*) from cas_case where content = :content")
			.param("content", content)
			.query(Long.class)
			.single()).isEqualTo(1);
		HttpResponse<String> reused = officer
			.send(json(officer, "/api/v1/cases", body.replace("Đoàn", "Đinh")).header("Idempotency-Key", key));
		assertThat(reused.statusCode()).isEqualTo(422);
	}

	@Test
	void onlyTheAssignedMediatorOpensACaseAndOthersGet404() {
		HttpSession officer = signedIn("tuphap.ducxuan");
		long otherTeam = secondTeamOfDucXuan();
		long otherCase = created(officer, intake(otherTeam, "Tranh chấp ranh giới vườn", "Lương Văn Ba"));
		long ownTeam = teamOf("hgv.demo");
		long ownCase = created(officer, intake(ownTeam, "Tranh chấp nước tưới", "Hứa Thị Tư"));
		long hgv = this.jdbc.sql("select mediator_id from cas_mediator_account where username = 'hgv.demo'")
			.query(Long.class)
			.single();
		assertThat(officer
			.send(json(officer, "/api/v1/cases/" + ownCase + "/assignments",
					"{\"version\":" + version(ownCase) + ",\"mediatorId\":" + hgv + "}"))
			.statusCode()).isEqualTo(200);

		HttpSession mediator = signedIn("hgv.demo");
		assertThat(mediator.getJson("/api/v1/cases/" + ownCase).statusCode()).isEqualTo(200);
		assertThat(mediator.getJson("/api/v1/cases/" + otherCase).statusCode()).isEqualTo(404);
		assertThat(signedIn("tuphap.duongquang").getJson("/api/v1/cases/" + ownCase).statusCode()).isEqualTo(404);
		assertThat(mediator.get("/cases/" + ownCase).body()).contains("Hứa Thị Tư");
	}

	@Test
	void partnerSeesCountsButNoPartyNameAnywhere() throws Exception {
		HttpSession officer = signedIn("tuphap.ducxuan");
		String name = "Khổng Thị Riêng";
		long id = created(officer, intake(secondTeamOfDucXuan(), "Mâu thuẫn về tiếng ồn", name));
		HttpSession partner = signedIn("mttq");

		assertThat(partner.getJson("/api/v1/cases/" + id).statusCode()).isEqualTo(404);
		HttpResponse<String> list = partner.getJson("/api/v1/cases?q=khong%20thi%20rieng");
		assertThat(list.body()).contains("\"items\":[]", "\"counts\"").doesNotContain(name);
		HttpResponse<String> page = partner.get("/cases?q=khong");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("counts-only").doesNotContain(name);
		HttpResponse<byte[]> export = partner.getBytes("/cases/export.xlsx");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(cells(export.body())).isNotEmpty().noneMatch((text) -> text.contains(name));
		assertThat(cells(officer.getBytes("/cases/export.xlsx?q=khong%20thi%20rieng").body()))
			.anyMatch((text) -> text.contains(name));
		assertThat(this.jdbc
			.sql("select count(*) from aud_event where username = 'mttq' and action = 'EXPORT' "
					+ "and record_type = 'MediationCase'")
			.query(Long.class)
			.single()).isPositive();
	}

	private static List<String> cells(byte[] xlsx) throws Exception {
		List<String> texts = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : book.getSheetAt(0)) {
				for (Cell cell : row) {
					texts.add(cell.toString());
				}
			}
		}
		return texts;
	}

	static String intake(long team, String content, String firstParty) {
		return "{\"teamId\":" + team + ",\"receivedOn\":\"" + LocalDate.now().minusDays(1)
				+ "\",\"ground\":\"PARTY_REQUEST\",\"fieldCode\":\"NEIGHBOUR\",\"content\":\"" + content + "\","
				+ "\"parties\":[{\"role\":\"PARTY\",\"kind\":\"INDIVIDUAL\",\"fullName\":\"" + firstParty + "\"},"
				+ "{\"role\":\"PARTY\",\"kind\":\"INDIVIDUAL\",\"fullName\":\"Trần Văn Hai\"}]}";
	}

	private long created(HttpSession session, String body) {
		HttpResponse<String> created = session.send(json(session, "/api/v1/cases", body));
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long version(long id) {
		return this.jdbc.sql("select version from cas_case where id = :id").param("id", id).query(Long.class).single();
	}

	private long teamOf(String username) {
		return this.jdbc
			.sql("select t.id from med_team t join idn_user u on u.unit_id = t.unit_id where u.username = :user "
					+ "and t.status = 'ACTIVE' order by t.id limit 1")
			.param("user", username)
			.query(Long.class)
			.single();
	}

	/** A team of Đức Xuân that is not the demo accounts' own. */
	private long secondTeamOfDucXuan() {
		return this.jdbc
			.sql("select t.id from med_team t join org_unit_parent p on p.unit_id = t.unit_id and p.valid_to is null "
					+ "join org_unit c on c.id = p.parent_id where c.name = 'Phường Đức Xuân' and t.status = 'ACTIVE' "
					+ "and t.id <> :own order by t.id limit 1")
			.param("own", teamOf("hgv.demo"))
			.query(Long.class)
			.single();
	}

	private static HttpRequest.Builder json(HttpSession session, String path, String body) {
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

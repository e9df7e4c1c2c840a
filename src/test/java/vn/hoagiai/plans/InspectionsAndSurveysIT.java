package vn.hoagiai.plans;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.support.HttpSession;
import vn.hoagiai.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inspection recommendations followed until closed, with the overdue list; a survey
 * answered in the app and from paper, counted per ward.
 */
@IntegrationTest
class InspectionsAndSurveysIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void overdueRecommendationsAreListedUntilClosed() {
		HttpSession officer = signedIn("sotuphap");
		LocalDate today = LocalDate.now();
		HttpResponse<String> created = officer.send(post(officer, "/api/v1/inspections", "{\"unitId\":"
				+ unit("Phường Đức Xuân") + ",\"visitedOn\":\"" + today.minusDays(40)
				+ "\",\"inspectors\":\"Sở Tư pháp\",\"checked\":\"Sổ theo dõi hoạt động hòa giải\","
				+ "\"recommendations\":[{\"text\":\"Bổ sung sổ theo dõi tổ 3\",\"owner\":\"Công chức Tư pháp\",\"dueOn\":\""
				+ today.minusDays(1) + "\"},{\"text\":\"Kiện toàn tổ 5\",\"owner\":\"UBND phường\",\"dueOn\":\""
				+ today.plusDays(30) + "\"}]}"));
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode inspection = JSON.readTree(created.body());
		JsonNode late = inspection.at("/recommendations/0");
		assertThat(late.get("overdue").asBoolean()).isTrue();

		assertThat(texts(officer.getJson("/api/v1/inspections/recommendations/overdue")))
			.contains("Bổ sung sổ theo dõi tổ 3")
			.doesNotContain("Kiện toàn tổ 5");
		assertThat(texts(signedIn("tuphap.ducxuan").getJson("/api/v1/inspections/recommendations/overdue")))
			.contains("Bổ sung sổ theo dõi tổ 3");
		assertThat(signedIn("tuphap.duongquang").getJson("/api/v1/inspections/" + inspection.get("id").asLong())
			.statusCode()).isEqualTo(404);

		String close = "/api/v1/inspections/recommendations/" + late.get("id").asLong() + "/close";
		String body = "{\"closedOn\":\"" + today + "\",\"note\":\"Đã bổ sung\",\"version\":"
				+ late.get("version").asLong() + "}";
		assertThat(officer.send(put(officer, close, body)).statusCode()).isEqualTo(204);
		assertThat(officer.send(put(officer, close, body)).statusCode()).isEqualTo(409);
		assertThat(texts(officer.getJson("/api/v1/inspections/recommendations/overdue")))
			.doesNotContain("Bổ sung sổ theo dõi tổ 3");

		HttpResponse<String> bad = officer.send(post(officer, "/api/v1/inspections",
				"{\"unitId\":" + unit("Phường Đức Xuân") + ",\"visitedOn\":\"" + today.plusDays(3) + "\"}"));
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("\"field\":\"visitedOn\"", "\"field\":\"inspectors\"", "\"field\":\"checked\"");
	}

	@Test
	void surveyAnsweredInTheAppAndFromPaperIsCountedPerWard() {
		HttpSession officer = signedIn("sotuphap");
		LocalDate today = LocalDate.now();
		HttpResponse<String> created = officer.send(post(officer, "/api/v1/surveys", "{\"unitId\":"
				+ unit("Tỉnh Thái Nguyên") + ",\"title\":\"Nhu cầu tập huấn 2026\",\"audience\":\"MEDIATORS\","
				+ "\"opensOn\":\"" + today.minusDays(1) + "\",\"closesOn\":\"" + today.plusDays(10)
				+ "\",\"questions\":["
				+ "{\"text\":\"Nội dung cần tập huấn\",\"kind\":\"CHOICE\",\"options\":[\"Kỹ năng\",\"Đất đai\"]},"
				+ "{\"text\":\"Tài liệu dễ dùng\",\"kind\":\"SCALE\"},{\"text\":\"Khó khăn\",\"kind\":\"TEXT\"}]}"));
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode survey = JSON.readTree(created.body());
		long id = survey.get("id").asLong();
		long choice = survey.at("/questions/0/id").asLong();
		long scale = survey.at("/questions/1/id").asLong();
		long text = survey.at("/questions/2/id").asLong();
		String path = "/api/v1/surveys/" + id + "/responses";

		answer(officer, path, "PAPER", unit("Phường Đức Xuân"), choice, 0, scale, 5, text, "Thiếu tài liệu");
		answer(officer, path, "PAPER", unit("Phường Đức Xuân"), choice, 1, scale, 3, text, "");
		answer(officer, path, "PAPER", unit("Xã Dương Quang"), choice, 1, scale, 4, text, "");
		HttpSession ward = signedIn("tuphap.ducxuan");
		answer(ward, path, "APP", null, choice, 0, scale, 4, text, "");
		HttpResponse<String> outOfRange = ward
			.send(post(ward, path, "{\"answers\":[{\"questionId\":" + scale + ",\"choice\":9}]}"));
		assertThat(outOfRange.statusCode()).isEqualTo(422);

		JsonNode results = JSON.readTree(officer.getJson("/api/v1/surveys/" + id + "/results").body());
		assertThat(results.get("responses").asInt()).isEqualTo(4);
		assertThat(results.at("/groups").valueStream().map(JsonNode::asString).toList())
			.containsExactly("Phường Đức Xuân", "Xã Dương Quang");
		assertThat(results.at("/questions/0/totals").toString()).isEqualTo("[2,2]");
		assertThat(results.at("/questions/0/byGroup/0/counts").toString()).isEqualTo("[2,1]");
		assertThat(results.at("/questions/0/byGroup/1/counts").toString()).isEqualTo("[0,1]");
		assertThat(results.at("/questions/1/mean").asDouble()).isEqualTo(4.0);
		assertThat(results.at("/questions/2/texts").toString()).isEqualTo("[\"Thiếu tài liệu\"]");
	}

	private void answer(HttpSession session, String path, String source, Long unit, long choice, int option, long scale,
			int value, long text, String note) {
		String body = "{\"source\":\"" + source + "\"" + ((unit != null) ? ",\"unitId\":" + unit : "")
				+ ",\"answers\":[{\"questionId\":" + choice + ",\"choice\":" + option + "},{\"questionId\":" + scale
				+ ",\"choice\":" + value + "},{\"questionId\":" + text + ",\"text\":\"" + note + "\"}]}";
		HttpResponse<String> response = session.send(post(session, path, body));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	private static java.util.List<String> texts(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body()).valueStream().map((r) -> r.get("text").asString()).toList();
	}

	private long unit(String name) {
		return this.jdbc.sql("select id from org_unit where name = :n").param("n", name).query(Long.class).single();
	}

	private static HttpRequest.Builder post(HttpSession session, String path, String body) {
		return request(session, path).POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private static HttpRequest.Builder put(HttpSession session, String path, String body) {
		return request(session, path).PUT(HttpRequest.BodyPublishers.ofString(body));
	}

	private static HttpRequest.Builder request(HttpSession session, String path) {
		return HttpRequest.newBuilder(URI.create(session.url(path)))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", session.csrfToken());
	}

	private HttpSession signedIn(String username) {
		HttpSession session = new HttpSession(this.port);
		assertThat(session.signIn(username, Deployment.DEMO_PASSWORD)).endsWith("/");
		return session;
	}

}

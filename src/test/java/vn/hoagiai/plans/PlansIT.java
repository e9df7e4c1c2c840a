package vn.hoagiai.plans;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.hoagiai.documents.DocumentFormat;
import vn.hoagiai.documents.DocumentWriter;
import vn.hoagiai.organization.AgencyKind;
import vn.hoagiai.organization.NewAgencyCommand;
import vn.hoagiai.organization.UnitAdministration;
import vn.hoagiai.shared.Deployment;
import vn.hoagiai.shared.Role;
import vn.hoagiai.support.HttpSession;
import vn.hoagiai.support.IntegrationTest;
import vn.hoagiai.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plans on the demo data through the API: the seed plan with its agencies and the
 * hand-over of 1/7/2025, recording progress with its version check, who may record what,
 * a commune's plan copied from the city's, the overdue list, and a hand-over to a
 * successor agency named later.
 */
@IntegrationTest
class PlansIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitAdministration administration;

	@Autowired
	PlanDocuments documents;

	@Autowired
	DocumentWriter writer;

	@Test
	void seedPlanHasItsTasksLeadAgenciesParentsAndTheHandoverOfTheCityAgencies() {
		HttpSession admin = signedIn("admin");
		JsonNode plan = json(admin.getJson("/api/v1/plans/" + cityPlan()));

		assertThat(plan.at("/tasks").valueStream().map((t) -> t.get("code").asString()).toList()).containsExactly("1.1",
				"1.2", "2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2", "7.1", "7.2", "8.1", "8.2");
		JsonNode budget = task(plan, "4.2");
		assertThat(budget.at("/leads/0/name").asString()).isEqualTo("Sở Tài chính tỉnh Thái Nguyên");
		assertThat(plan.at("/history")
			.valueStream()
			.filter((h) -> h.get("taskCode").asString().equals("4.2") && h.get("role").asString().equals("LEAD"))
			.map((h) -> h.get("agencyName").asString() + "|" + h.get("validTo").asString())
			.toList()).containsExactly("Phòng Tài chính - Kế hoạch|2025-07-01", "Sở Tài chính tỉnh Thái Nguyên|");
		assertThat(task(plan, "7.2").at("/frame/kind").asString()).isEqualTo("EVERY_N_YEARS");
		assertThat(task(plan, "7.2").at("/frame/every").asInt()).isEqualTo(5);
		assertThat(task(plan, "1.1").at("/leads/0/name").asString()).isEqualTo("Sở Tư pháp tỉnh Thái Nguyên");
		assertThat(plan.at("/handovers").valueStream().map((h) -> h.get("fromAgency").asString()).toList())
			.contains("Phòng Tư pháp", "Ủy ban MTTQ thành phố");
		assertThat(plan.at("/parent/numberSymbol").asString()).isEqualTo("439/KH-UBND");
		assertThat(plan.at("/targets").size()).isEqualTo(5);
		JsonNode province = json(admin.getJson("/api/v1/plans/" + plan.at("/parent/id").asLong()));
		assertThat(province.at("/parent/numberSymbol").asString()).isEqualTo("315/QĐ-TTg");
	}

	@Test
	void recordingProgressChecksTheVersionAndTheStatus() {
		HttpSession officer = signedIn("sotuphap");
		long plan = cityPlan();
		long task = taskId(plan, "6.2");
		String path = "/api/v1/plans/" + plan + "/tasks/" + task + "/years/2026";
		long version = json(officer.getJson(path)).get("version").asLong();

		HttpResponse<String> saved = officer.send(put(officer, path,
				"{\"status\":\"IN_PROGRESS\",\"note\":\"Đang xây dựng chương trình phối hợp\",\"version\":" + version
						+ "}"));
		HttpResponse<String> stale = officer
			.send(put(officer, path, "{\"status\":\"DONE\",\"version\":" + version + "}"));
		HttpResponse<String> derived = officer.send(put(officer, path,
				"{\"status\":\"OVERDUE\",\"version\":" + json(officer.getJson(path)).get("version").asLong() + "}"));

		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(json(saved).get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(derived.statusCode()).isEqualTo(422);
		assertThat(derived.body()).contains("\"field\":\"status\"");
		assertThat(json(officer.getJson(path)).get("note").asString()).isEqualTo("Đang xây dựng chương trình phối hợp");
	}

	@Test
	void aCommuneAgencyRecordsItsOwnTasksOnlyAndItsCopiedPlanIsHiddenFromOtherCommunes() {
		HttpSession commune = signedIn("tuphap.duongquang");
		long plan = cityPlan();
		String budget = "/api/v1/plans/" + plan + "/tasks/" + taskId(plan, "4.2") + "/years/2026";
		HttpResponse<String> notLead = commune.send(put(commune, budget,
				"{\"status\":\"DONE\",\"version\":" + json(commune.getJson(budget)).get("version").asLong() + "}"));
		assertThat(notLead.statusCode()).isEqualTo(403);

		HttpResponse<String> copied = commune.send(post(commune, "/api/v1/plans/" + plan + "/copies",
				"{\"unitId\":" + unit("Xã Dương Quang") + ",\"numberSymbol\":\"12/KH-UBND\",\"issuedOn\":\""
						+ LocalDate.now() + "\",\"issuingBody\":\"Ủy ban nhân dân xã Dương Quang\","
						+ "\"title\":\"Kế hoạch thực hiện Đề án trên địa bàn xã\",\"fromYear\":2026,\"toYear\":2030}"));
		assertThat(copied.statusCode()).isEqualTo(201);
		JsonNode copy = json(copied);
		assertThat(copy.at("/tasks").size()).isEqualTo(15);
		assertThat(task(copy, "3.2").at("/leads/0/name").asString()).isEqualTo("Ủy ban nhân dân xã Dương Quang");
		assertThat(task(copy, "1.1").at("/frame/from").asInt()).isEqualTo(2026);
		long copyId = copy.at("/summary/id").asLong();
		assertThat(signedIn("tuphap.ducxuan").getJson("/api/v1/plans/" + copyId).statusCode()).isEqualTo(404);

		HttpResponse<String> bad = commune.send(post(commune, "/api/v1/plans/" + plan + "/copies",
				"{\"unitId\":" + unit("Xã Dương Quang") + ",\"title\":\"\",\"fromYear\":2026,\"toYear\":2020}"));
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("\"field\":\"title\"", "\"field\":\"issuingBody\"", "\"field\":\"toYear\"");
	}

	@Test
	void overdueListHoldsLastYearsUnfinishedTasks() {
		HttpSession officer = signedIn("sotuphap");
		JsonNode attention = json(officer.getJson("/api/v1/plans/attention?days=30"));
		assertThat(attention.at("/overdue")
			.valueStream()
			.filter((i) -> i.get("year").asInt() == 2025)
			.map((i) -> i.get("taskCode").asString())
			.toList()).contains("1.1", "3.2", "4.1").doesNotContain("2", "3.1", "4.2");
		assertThat(attention.at("/overdue").valueStream().map((i) -> i.get("status").asString()).distinct().toList())
			.containsExactly("OVERDUE");
	}

	@Test
	void namingASuccessorHandsOverOpenTasksAndKeepsTheHistory() {
		long nongThuong = unit("Xã Nông Thượng");
		long old = this.jdbc.sql("select id from org_agency where unit_id = :u and kind = 'PEOPLES_COMMITTEE'")
			.param("u", nongThuong)
			.query(Long.class)
			.single();
		long successor = this.administration.createAgency(new NewAgencyCommand(nongThuong, AgencyKind.PEOPLES_COMMITTEE,
				"Ủy ban nhân dân xã Nông Thượng (kiện toàn)", LocalDate.now()));
		this.administration.setAgencySuccessor(old, successor);

		JsonNode plan = json(signedIn("admin").getJson("/api/v1/plans/" + cityPlan()));
		assertThat(task(plan, "3.1").at("/leads").valueStream().map((a) -> a.get("name").asString()).toList())
			.contains("Ủy ban nhân dân xã Nông Thượng (kiện toàn)")
			.doesNotContain("Ủy ban nhân dân xã Nông Thượng");
		assertThat(plan.at("/history")
			.valueStream()
			.filter((h) -> h.get("taskCode").asString().equals("3.1")
					&& h.get("agencyName").asString().equals("Ủy ban nhân dân xã Nông Thượng"))
			.map((h) -> h.get("validTo").asString())
			.toList()).containsExactly(LocalDate.now().toString());
		assertThat(plan.at("/handovers").valueStream().map((h) -> h.get("toAgency").asString()).toList())
			.contains("Ủy ban nhân dân xã Nông Thượng (kiện toàn)");
	}

	@Test
	void yearReportAndWorkPlanAreWrittenAsDocxAndPdf() throws Exception {
		HttpSession officer = signedIn("sotuphap");
		long plan = cityPlan();
		HttpResponse<String> pdf = officer.get("/plans/" + plan + "/documents/work-plan/2026?format=pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.body()).startsWith("%PDF");
		assertThat(officer.getJson("/api/v1/plans/" + plan + "/documents/report/2019?format=docx").statusCode())
			.isEqualTo(422);
		assertThat(signedIn("tuphap.ducxuan").get("/plans/" + plan + "/documents/review/1?format=docx").statusCode())
			.isEqualTo(200);

		SignedIn.as("sotuphap", unit("Tỉnh Thái Nguyên"), Role.PROVINCE_OFFICER);
		try {
			byte[] docx = this.writer.write(this.documents.report(plan, 2025), DocumentFormat.DOCX);
			try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
					XWPFWordExtractor text = new XWPFWordExtractor(word)) {
				assertThat(text.getText()).contains("BÁO CÁO", "năm 2025", "Hoàn thành",
						"Sở Tài chính tỉnh Thái Nguyên", "Nhiệm vụ 4.1 năm 2025 quá hạn");
			}
			byte[] review = this.writer.write(this.documents.review(plan, 2), DocumentFormat.DOCX);
			try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(review));
					XWPFWordExtractor text = new XWPFWordExtractor(word)) {
				assertThat(text.getText()).contains("Tổng kết", "Giai đoạn 2027 - 2030");
			}
		}
		finally {
			SignedIn.clear();
		}
	}

	private long cityPlan() {
		return this.jdbc.sql("select id from pln_plan where number_symbol = '/KH-UBND' order by id")
			.query(Long.class)
			.list()
			.get(0);
	}

	private long taskId(long plan, String code) {
		return this.jdbc.sql("select id from pln_task where plan_id = :p and code = :c")
			.param("p", plan)
			.param("c", code)
			.query(Long.class)
			.single();
	}

	private long unit(String name) {
		return this.jdbc.sql("select id from org_unit where name = :n").param("n", name).query(Long.class).single();
	}

	private static JsonNode task(JsonNode plan, String code) {
		return plan.at("/tasks")
			.valueStream()
			.filter((t) -> t.get("code").asString().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
		return JSON.readTree(response.body());
	}

	private static HttpRequest.Builder put(HttpSession session, String path, String body) {
		return request(session, path).PUT(HttpRequest.BodyPublishers.ofString(body));
	}

	private static HttpRequest.Builder post(HttpSession session, String path, String body) {
		return request(session, path).POST(HttpRequest.BodyPublishers.ofString(body));
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

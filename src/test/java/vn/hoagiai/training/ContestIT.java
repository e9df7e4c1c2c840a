package vn.hoagiai.training;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.Role;
import vn.hoagiai.support.HttpSession;
import vn.hoagiai.support.IntegrationTest;
import vn.hoagiai.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contests through the whole chain: the demo contest of Bắc Kạn city with its ranking,
 * prizes and next due year; a commune plans one, enters a team, scores and prizes; a
 * participant is withdrawn with a reason (kept, out of the ranking), refused while it has
 * points or a prize; bad input shows field messages and saves nothing; a stale edit shows
 * the conflict; another unit's contest answers 404 like a missing one. The certificate
 * and the sign-in sheet are read back from their PDFs.
 */
@IntegrationTest
class ContestIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String DEMO = "Hội thi hòa giải viên giỏi thành phố Bắc Kạn năm 2025";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrainingEventService events;

	@Autowired
	ContestMaterials materials;

	@Autowired
	ContestService contestService;

	@Autowired
	ContestFormat format;

	@Autowired
	ContestRepository contestRepository;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void signOut() {
		SignedIn.clear();
	}

	@Test
	void demoContestShowsItsRankingPrizesAndWhenTheNextIsDue() {
		HttpSession province = signedIn("sotuphap");
		long demo = demoContest();

		HttpResponse<String> list = province.getJson("/api/v1/contests?year=2025");
		HttpResponse<String> one = province.getJson("/api/v1/contests/" + demo);
		HttpResponse<String> page = province.get("/contests");
		HttpResponse<String> results = province.get("/contests/" + demo + "/results");

		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(DEMO, "\"level\":\"DISTRICT\"");
		assertThat(one.body()).contains("\"rank\":1", "\"prize\":\"FIRST\"", "\"prize\":\"SECOND\"", "Vòng chung khảo",
				"Kiến thức pháp luật", "\"complete\":true", "\"eventTitle\":\"Hội thi hòa giải viên giỏi năm 2025");
		assertThat(page.body()).contains(DEMO, "Phường Đức Xuân", "2025", "2030");
		assertThat(results.body()).contains("Giải Nhất", "Hoàng Văn Thành", "Điểm tối đa: 100");
	}

	@Test
	void anotherUnitsContestAnswers404ExactlyLikeAMissingOne() {
		HttpSession ward = signedIn("tuphap.ducxuan");
		long demo = demoContest();

		HttpResponse<String> foreign = ward.getJson("/api/v1/contests/" + demo);
		HttpResponse<String> missing = ward.getJson("/api/v1/contests/987654321");

		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(foreign.body().replaceAll("\"(instance|correlationId)\":\"[^\"]*\"", ""))
			.isEqualTo(missing.body().replaceAll("\"(instance|correlationId)\":\"[^\"]*\"", ""));
		assertThat(ward.get("/contests/" + demo).statusCode()).isEqualTo(404);
		assertThat(ward.get("/contests/" + demo + "/results").statusCode()).isEqualTo(404);
		assertThat(ward.get("/contests/" + demo + "/files/1").statusCode()).isEqualTo(404);
		assertThat(ward.getJson("/api/v1/contests").body()).doesNotContain(DEMO);
	}

	@Test
	void communePlansAContestEntersATeamScoresItAndAwardsAPrize() {
		HttpSession commune = signedIn("tuphap.duongquang");
		long team = teamIn("Xã Dương Quang");

		long id = create(commune, "Hội thi hòa giải viên giỏi xã Dương Quang năm 2026");
		HttpResponse<String> entered = commune.post("/contests/" + id + "/participants",
				Map.of("version", String.valueOf(version(id)), "teamId", String.valueOf(team)));
		long participant = this.jdbc.sql("select id from trn_contest_participant where contest_id = :c")
			.param("c", id)
			.query(Long.class)
			.single();
		long judge = first("trn_contest_judge", id);
		List<Long> criteria = this.jdbc
			.sql("select id from trn_contest_criterion where contest_id = :c order by sort_order")
			.param("c", id)
			.query(Long.class)
			.list();
		Map<String, String> sheet = new HashMap<>(
				Map.of("version", String.valueOf(version(id)), "judgeId", String.valueOf(judge)));
		sheet.put("p" + participant + "c" + criteria.get(0), "45");
		sheet.put("p" + participant + "c" + criteria.get(1), "7,5");
		HttpResponse<String> refused = commune.post("/contests/" + id + "/scores", sheet);
		long scoresAfterRefusal = scores(id);
		sheet.put("p" + participant + "c" + criteria.get(0), "28,5");
		HttpResponse<String> saved = commune.post("/contests/" + id + "/scores", sheet);
		HttpResponse<String> prized = commune.post("/contests/" + id + "/prizes",
				Map.of("version", String.valueOf(version(id)), "prize" + participant, "FIRST"));

		assertThat(entered.statusCode()).isEqualTo(302);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Điểm từ 0 đến 30.");
		assertThat(scoresAfterRefusal).isZero();
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(scores(id)).isEqualTo(2);
		assertThat(prized.statusCode()).isEqualTo(302);
		assertThat(commune.getJson("/api/v1/contests/" + id).body()).contains("\"rank\":1", "\"prize\":\"FIRST\"",
				"\"average\":36");
		assertThat(this.jdbc.sql("select count(*) from aud_event where record_type = 'Contest' and record_id = :id")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void aWithdrawnParticipantLeavesTheRankingAndStaysOnRecordWithItsReason() {
		HttpSession commune = signedIn("tuphap.duongquang");
		long team = teamIn("Xã Dương Quang");
		long mediator = activeMediatorsOf(unit("Xã Dương Quang")).get(0);
		long id = create(commune, "Hội thi kiểm thử rút đội thi");
		commune.post("/contests/" + id + "/participants",
				Map.of("version", String.valueOf(version(id)), "teamId", String.valueOf(team)));
		commune.post("/contests/" + id + "/participants",
				Map.of("version", String.valueOf(version(id)), "mediatorId", String.valueOf(mediator)));
		long teamEntry = entry(id, "team_id", team);
		long mediatorEntry = entry(id, "mediator_id", mediator);
		commune.post("/contests/" + id + "/scores", Map.of("version", String.valueOf(version(id)), "judgeId",
				String.valueOf(first("trn_contest_judge", id)), "p" + mediatorEntry + "c" + firstCriterion(id), "25"));
		String path = "/contests/" + id + "/participants/" + teamEntry + "/withdraw";

		HttpResponse<String> withoutReason = commune.post(path, Map.of("version", String.valueOf(version(id))));
		String reasonAfterRefusal = withdrawnReason(teamEntry);
		HttpResponse<String> stale = commune.post(path,
				Map.of("version", String.valueOf(version(id) - 1), "reason", "Đội không đến dự thi"));
		long versionBefore = version(id);
		HttpResponse<String> withdrawn = commune.post(path,
				Map.of("version", String.valueOf(version(id)), "reason", "  Đội không   đến dự thi "));
		HttpResponse<String> prizeForWithdrawn = commune.post("/contests/" + id + "/prizes",
				Map.of("version", String.valueOf(version(id)), "prize" + teamEntry, "FIRST"));
		JsonNode contest = JSON.readTree(commune.getJson("/api/v1/contests/" + id).body());

		assertThat(withoutReason.statusCode()).isEqualTo(302);
		assertThat(reasonAfterRefusal).isNull();
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Người khác vừa lưu thay đổi cho hồ sơ này");
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(withdrawnReason(teamEntry)).isEqualTo("Đội không đến dự thi");
		assertThat(this.jdbc.sql("select withdrawn_at from trn_contest_participant where id = :p")
			.param("p", teamEntry)
			.query(java.sql.Timestamp.class)
			.optional()).isPresent();
		assertThat(version(id)).isGreaterThan(versionBefore);
		assertThat(contest.at("/participants").valueStream().map((p) -> p.get("id").asLong()))
			.containsExactly(mediatorEntry);
		assertThat(contest.at("/participants/0/rank").asInt()).isEqualTo(1);
		assertThat(contest.at("/withdrawnParticipants").valueStream().map((p) -> p.get("id").asLong()))
			.containsExactly(teamEntry);
		assertThat(contest.at("/withdrawnParticipants/0/reason").asString()).isEqualTo("Đội không đến dự thi");
		assertThat(prize(teamEntry)).isNull();
		assertThat(prizeForWithdrawn.statusCode()).isEqualTo(302);
		assertThat(listed(commune, "rut%20doi%20thi").at("/items/0/participants").asLong()).isEqualTo(1);
		assertThat(commune.get("/contests/" + id).body()).contains("Đã rút khỏi hội thi", "Đội không đến dự thi");
		assertThat(this.jdbc.sql("""
				select count(*) from aud_event where record_type = 'Contest' and record_id = :id
				and changes like '%participant withdrawn%' and changes like '%Đội không đến dự thi%'""")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);
		commune.post("/contests/" + id + "/participants",
				Map.of("version", String.valueOf(version(id)), "teamId", String.valueOf(team)));
		assertThat(listed(commune, "rut%20doi%20thi").at("/items/0/participants").asLong()).isEqualTo(2);
	}

	@Test
	void aScoredAndPrizedParticipantIsKeptUntilItsPointsAndPrizeAreCleared() {
		HttpSession commune = signedIn("tuphap.duongquang");
		long id = create(commune, "Hội thi kiểm thử rút đội đã chấm");
		followed(commune, commune.post("/contests/" + id + "/participants",
				Map.of("version", String.valueOf(version(id)), "teamId", String.valueOf(teamIn("Xã Dương Quang")))));
		long entry = first("trn_contest_participant", id);
		String judge = String.valueOf(first("trn_contest_judge", id));
		String cell = "p" + entry + "c" + firstCriterion(id);
		followed(commune, commune.post("/contests/" + id + "/scores",
				Map.of("version", String.valueOf(version(id)), "judgeId", judge, cell, "20")));
		followed(commune, commune.post("/contests/" + id + "/prizes",
				Map.of("version", String.valueOf(version(id)), "prize" + entry, "FIRST")));
		String path = "/contests/" + id + "/participants/" + entry + "/withdraw";

		HttpResponse<String> refused = commune.post(path,
				Map.of("version", String.valueOf(version(id)), "reason", "Vi phạm thể lệ"));
		String page = followed(commune, refused).body();
		String reasonAfterRefusal = withdrawnReason(entry);
		followed(commune, commune.post("/contests/" + id + "/scores",
				Map.of("version", String.valueOf(version(id)), "judgeId", judge, cell, "")));
		followed(commune, commune.post("/contests/" + id + "/prizes",
				Map.of("version", String.valueOf(version(id)), "prize" + entry, "")));
		HttpResponse<String> withdrawn = commune.post(path,
				Map.of("version", String.valueOf(version(id)), "reason", "Vi phạm thể lệ"));

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("#participant-" + entry);
		assertThat(page).contains("Đội thi, thí sinh này đã có điểm chấm: hãy xóa điểm của họ trên phiếu chấm",
				"Đội thi, thí sinh này đã được trao giải: hãy bỏ giải trên trang kết quả rồi mới rút.",
				"value=\"Vi phạm thể lệ\"", "is-invalid");
		assertThat(reasonAfterRefusal).isNull();
		assertThat(scores(id)).isZero();
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(withdrawnReason(entry)).isEqualTo("Vi phạm thể lệ");
	}

	@Test
	void anotherUnitCannotWithdrawAParticipantAndGets404() {
		HttpSession commune = signedIn("tuphap.duongquang");
		long id = create(commune, "Hội thi kiểm thử rút đội của đơn vị khác");
		commune.post("/contests/" + id + "/participants",
				Map.of("version", String.valueOf(version(id)), "teamId", String.valueOf(teamIn("Xã Dương Quang"))));
		long entry = first("trn_contest_participant", id);
		long versionBefore = version(id);

		HttpResponse<String> foreign = signedIn("tuphap.ducxuan").post(
				"/contests/" + id + "/participants/" + entry + "/withdraw",
				Map.of("version", String.valueOf(versionBefore), "reason", "Không rõ"));
		long other = create(commune, "Hội thi kiểm thử thứ hai");
		HttpResponse<String> otherContest = commune.post("/contests/" + other + "/participants/" + entry + "/withdraw",
				Map.of("version", String.valueOf(version(other)), "reason", "Không rõ"));

		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(otherContest.statusCode()).isEqualTo(404);
		assertThat(withdrawnReason(entry)).isNull();
		assertThat(version(id)).isEqualTo(versionBefore);
	}

	@Test
	void badContestIsShownAgainWithFieldMessagesAndNothingIsSaved() {
		HttpSession commune = signedIn("tuphap.duongquang");
		long before = this.jdbc.sql("select count(*) from trn_contest").query(Long.class).single();

		HttpResponse<String> badLines = commune.post("/contests/new", Map.of("title", " ", "level", "COMMUNE", "year",
				"2026", "organiserAgency", "UBND xã Dương Quang", "criteria", "Kiến thức pháp luật; nhiều"));
		HttpResponse<String> badYear = commune.post("/contests/new", Map.of("title", "Hội thi", "level", "COMMUNE",
				"year", "hai nghìn", "organiserAgency", "UBND xã", "criteria", "Kiến thức; 30"));

		assertThat(badLines.statusCode()).isEqualTo(200);
		assertThat(badLines.body()).contains("Dòng 1: điểm tối đa phải là số", "Không được để trống.");
		assertThat(badYear.body()).contains("Năm phải là số.");
		assertThat(this.jdbc.sql("select count(*) from trn_contest").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aStaleEditShowsTheConflictAndAWithdrawalNeedsAReason() {
		HttpSession commune = signedIn("tuphap.duongquang");
		long id = create(commune, "Hội thi kiểm thử xung đột");
		Map<String, String> edit = new HashMap<>(form("Hội thi đã sửa"));
		edit.put("version", String.valueOf(version(id) - 1));

		HttpResponse<String> stale = commune.post("/contests/" + id + "/edit", edit);
		commune.post("/contests/" + id + "/withdraw", Map.of("version", String.valueOf(version(id))));
		boolean withdrawnWithoutReason = withdrawn(id);
		commune.post("/contests/" + id + "/withdraw",
				Map.of("version", String.valueOf(version(id)), "reason", "Trùng với hội thi của thành phố"));

		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Người khác vừa lưu hội thi này");
		assertThat(this.jdbc.sql("select title from trn_contest where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Hội thi kiểm thử xung đột");
		assertThat(withdrawnWithoutReason).isFalse();
		assertThat(withdrawn(id)).isTrue();
		assertThat(commune.get("/contests/" + id).body()).contains("Trùng với hội thi của thành phố");
	}

	@Test
	void demoPhotoIsServedAsAnAttachmentWithNosniff() {
		HttpSession province = signedIn("sotuphap");
		long demo = demoContest();
		long photo = this.jdbc.sql("select id from trn_contest_file where contest_id = :c and kind = 'PHOTO'")
			.param("c", demo)
			.query(Long.class)
			.single();

		HttpResponse<byte[]> file = province.getBytes("/contests/" + demo + "/files/" + photo);

		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
		assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void certificateAndSignInSheetPdfsCarryTheCodeTheAddressAndTheNames() throws IOException {
		long commune = unit("Xã Dương Quang");
		SignedIn.as("tuphap.duongquang", commune, Role.COMMUNE_OFFICER);
		List<Long> mediators = activeMediatorsOf(commune);
		LocalDate day = LocalDate.now().minusDays(2);
		long course = this.events.create(null,
				new EventDetails("Lớp tập huấn in giấy chứng nhận", EventKind.COURSE, "UBND xã Dương Quang", day, day,
						new BigDecimal("8"), "Nhà văn hóa thôn", false, null, null, null, null, null, null, null));
		this.events.recordAttendance(course,
				List.of(AttendanceEntry.mediator(mediators.get(0), AttendanceStatus.PRESENT),
						AttendanceEntry.mediator(mediators.get(1), AttendanceStatus.PRESENT)));
		this.events.issueCertificates(course);
		SignedIn.clear();
		String code = this.jdbc.sql("select code from trn_certificate where event_id = :e order by id")
			.param("e", course)
			.query(String.class)
			.list()
			.get(0);
		String holder = this.jdbc.sql("select holder_name from trn_certificate where code = :c")
			.param("c", code)
			.query(String.class)
			.single();
		HttpSession officer = signedIn("tuphap.duongquang");

		HttpResponse<byte[]> certificate = officer.getBytes("/certificates/" + code + "/pdf");
		HttpResponse<byte[]> sheet = officer.getBytes("/training/events/" + course + "/sign-in-sheet.pdf");
		HttpResponse<byte[]> foreign = signedIn("tuphap.ducxuan").getBytes("/certificates/" + code + "/pdf");

		assertThat(certificate.statusCode()).isEqualTo(200);
		assertThat(certificate.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		String text = text(certificate.body());
		assertThat(text).contains("GIẤY CHỨNG NHẬN", holder, "Lớp tập huấn in giấy chứng nhận", "Mã xác minh: " + code);
		assertThat(text.replace(" ", "")).contains("http://localhost:" + this.port + "/xac-minh/" + code);
		assertThat(officer.get("/certificates/" + code).body()).contains("/certificates/" + code + "/pdf");
		String sheetText = text(sheet.body());
		assertThat(sheetText).contains("DANH SÁCH ĐẠI BIỂU THAM DỰ", "Lớp tập huấn in giấy chứng nhận", holder,
				"NGƯỜI LẬP DANH SÁCH");
		assertThat(foreign.statusCode()).isEqualTo(404);
	}

	private long create(HttpSession session, String title) {
		HttpResponse<String> created = session.post("/contests/new", form(title));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static Map<String, String> form(String title) {
		return Map.of("title", title, "level", "COMMUNE", "year", "2026", "organiserAgency", "UBND xã Dương Quang",
				"coordinators", "Ban công tác Mặt trận các thôn", "rounds", "Vòng chung khảo; 10/11/2026", "judges",
				"Hoàng Văn An; Chủ tịch UBND xã\nLê Thị Mai; Công chức Tư pháp - Hộ tịch", "criteria",
				"Kiến thức pháp luật; 30\nTiểu phẩm hòa giải; 50\nKỹ năng trình bày; 20");
	}

	@Test
	void unlinkingARoundKeepsTheEventItWasLinkedToInTheAudit() {
		long demo = demoContest();
		long province = this.jdbc.sql("select unit_id from idn_user where username = 'sotuphap'")
			.query(Long.class)
			.single();
		Map<String, Object> round = this.jdbc
			.sql("select id, event_id from trn_contest_round where contest_id = :id and event_id is not null "
					+ "order by id limit 1")
			.param("id", demo)
			.query()
			.singleRow();
		long roundId = ((Number) round.get("id")).longValue();
		long eventId = ((Number) round.get("event_id")).longValue();
		SignedIn.as("sotuphap", province, Role.PROVINCE_OFFICER);

		this.materials.linkRound(demo, version(demo), roundId, null);
		String unlinked = this.jdbc
			.sql("select changes from aud_event where record_type = 'Contest' and record_id = :id "
					+ "order by id desc limit 1")
			.param("id", String.valueOf(demo))
			.query(String.class)
			.single();
		this.materials.linkRound(demo, version(demo), roundId, eventId);

		assertThat(unlinked).contains("round " + roundId + " event", String.valueOf(eventId));
		assertThat(this.jdbc.sql("select event_id from trn_contest_round where id = :r")
			.param("r", roundId)
			.query(Long.class)
			.single()).isEqualTo(eventId);
	}

	@Test
	void criteriaWithPointsCannotBeDroppedNorSetBelowThePointsGiven() {
		long demo = demoContest();
		long province = this.jdbc.sql("select unit_id from idn_user where username = 'sotuphap'")
			.query(Long.class)
			.single();
		ContestDetails now = this.transactions.execute((status) -> this.contestRepository.findById(demo)
			.orElseThrow()
			.details(this.format.rounds(demo), this.format.judges(demo), this.format.criteria(demo)));
		List<ContestDetails.Criterion> criteria = now.criteria();
		assertThat(criteria).hasSizeGreaterThan(1);
		List<ContestDetails.Criterion> changed = new ArrayList<>(criteria.subList(0, criteria.size() - 1));
		changed.set(0, new ContestDetails.Criterion(criteria.get(0).name(), BigDecimal.ONE));
		ContestDetails lowered = new ContestDetails(now.title(), now.level(), now.year(), now.organiserAgency(),
				now.coordinators(), now.startDate(), now.endDate(), now.place(), now.description(), now.rounds(),
				now.judges(), changed);
		SignedIn.as("sotuphap", province, Role.PROVINCE_OFFICER);

		assertThatThrownBy(() -> this.contestService.update(demo, version(demo), lowered)).isInstanceOfSatisfying(
				InvalidInput.class, (refused) -> assertThat(refused.problems()).extracting(FieldProblem::messageKey)
					.contains("contest.criteria.belowScores", "contest.criteria.scored"));
		assertThat(this.format.criteria(demo)).extracting(ContestView.CriterionView::maxPoints)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactlyElementsOf(criteria.stream().map(ContestDetails.Criterion::maxPoints).toList());
	}

	private long demoContest() {
		return this.jdbc.sql("select id from trn_contest where title = :t").param("t", DEMO).query(Long.class).single();
	}

	private long version(long id) {
		return this.jdbc.sql("select version from trn_contest where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private boolean withdrawn(long id) {
		return this.jdbc.sql("select withdrawn_reason from trn_contest where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.isPresent();
	}

	private long scores(long id) {
		return this.jdbc.sql("select count(*) from trn_contest_score where contest_id = :c")
			.param("c", id)
			.query(Long.class)
			.single();
	}

	/** The page a browser lands on after a form's redirect (which takes its messages). */
	private static HttpResponse<String> followed(HttpSession session, HttpResponse<String> posted) {
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
		String location = posted.headers().firstValue("Location").orElseThrow();
		return session.get(location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", ""));
	}

	private static JsonNode listed(HttpSession session, String q) {
		HttpResponse<String> list = session.getJson("/api/v1/contests?q=" + q);
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		JsonNode page = JSON.readTree(list.body());
		assertThat(page.at("/total").asLong()).isEqualTo(1);
		return page;
	}

	private long entry(long contest, String column, long ref) {
		return this.jdbc.sql("select id from trn_contest_participant where contest_id = :c and " + column + " = :r")
			.param("c", contest)
			.param("r", ref)
			.query(Long.class)
			.single();
	}

	private String withdrawnReason(long participant) {
		return this.jdbc.sql("select withdrawn_reason from trn_contest_participant where id = :p")
			.param("p", participant)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private String prize(long participant) {
		return this.jdbc.sql("select prize from trn_contest_participant where id = :p")
			.param("p", participant)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private long firstCriterion(long contest) {
		return this.jdbc.sql("select id from trn_contest_criterion where contest_id = :c order by sort_order limit 1")
			.param("c", contest)
			.query(Long.class)
			.single();
	}

	private long first(String table, long contest) {
		return this.jdbc.sql("select min(id) from " + table + " where contest_id = :c")
			.param("c", contest)
			.query(Long.class)
			.single();
	}

	private long teamIn(String commune) {
		return this.jdbc.sql("""
				select min(t.id) from med_team t join org_unit_parent p on p.unit_id = t.unit_id and p.valid_to is null
				join org_unit c on c.id = p.parent_id where c.name = :n and t.status = 'ACTIVE'""")
			.param("n", commune)
			.query(Long.class)
			.single();
	}

	private long unit(String name) {
		return this.jdbc.sql("select id from org_unit where name = :n").param("n", name).query(Long.class).single();
	}

	private List<Long> activeMediatorsOf(long commune) {
		return this.jdbc.sql(
				"select m.id from med_mediator m join org_unit_parent p on p.unit_id = m.unit_id and p.valid_to is null "
						+ "where p.parent_id = :c and m.status = 'ACTIVE' order by m.id")
			.param("c", commune)
			.query(Long.class)
			.list();
	}

	private HttpSession signedIn(String username) {
		HttpSession session = new HttpSession(this.port);
		assertThat(session.signIn(username, Deployment.DEMO_PASSWORD)).endsWith("/");
		return session;
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}

}

package vn.hoagiai.plans;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.documents.DocumentFormat;
import vn.hoagiai.documents.DocumentWriter;
import vn.hoagiai.indicators.Boundaries;
import vn.hoagiai.indicators.IndicatorCode;
import vn.hoagiai.indicators.IndicatorReport;
import vn.hoagiai.indicators.IndicatorService;
import vn.hoagiai.indicators.IndicatorValue;
import vn.hoagiai.shared.Deployment;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;
import vn.hoagiai.support.HttpSession;
import vn.hoagiai.support.IntegrationTest;
import vn.hoagiai.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Editing plans on the demo data, as the commune officer of Dương Quang: a lower unit's
 * plan copied from the city's, a task whose time frame changes without losing recorded
 * progress, bad input that changes nothing, stale versions, withdrawal, targets whose
 * live values are what the indicators module reports, and the forms over HTTP (another
 * commune's plan answers 404).
 */
@IntegrationTest
class PlanEditingIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanService plans;

	@Autowired
	PlanEditor editor;

	@Autowired
	ProgressService progress;

	@Autowired
	PlanIndicators planIndicators;

	@Autowired
	IndicatorService indicators;

	@Autowired
	PlanDocuments documents;

	@Autowired
	DocumentWriter writer;

	private long commune;

	private long committee;

	@BeforeEach
	void signIn() {
		this.commune = unit("Xã Dương Quang");
		this.committee = this.jdbc
			.sql("select id from org_agency where unit_id = :u and kind = 'PEOPLES_COMMITTEE' and valid_to is null")
			.param("u", this.commune)
			.query(Long.class)
			.list()
			.get(0);
		SignedIn.as("tuphap.duongquang", this.commune, Role.COMMUNE_OFFICER);
	}

	@AfterEach
	void signOut() {
		SignedIn.clear();
	}

	@Test
	void aLowerUnitsPlanCopiesTheParentsTasksAndTargetsForTheUnit() {
		long city = cityPlan();
		long copy = this.plans.createFromParent(city, UnitId.of(this.commune), details("21/KH-UBND", 2026, 2030));

		PlanView view = this.plans.view(copy);
		assertThat(view.tasks()).hasSize(15);
		assertThat(view.tasks()).allSatisfy((t) -> assertThat(t.leads()).isNotEmpty());
		assertThat(view.targets()).extracting(TargetView::code)
			.containsExactly("TEAMS_CONSOLIDATED", "MEDIATORS_TRAINED", "MATERIAL_ACCESS", "SUCCESS_RATE",
					"TYPICAL_MODEL_UNITS");
		assertThat(view.parent().id()).isEqualTo(city);
		assertThat(view.editable()).isTrue();
		assertThat(this.progress.year(copy, 2026)).isNotEmpty();
	}

	@Test
	void changingATasksTimeFrameKeepsTheYearsWithRecordedProgress() {
		long plan = ownPlan("22/KH-UBND");
		long task = this.plans.addTask(plan, task("1", TimeFrame.years(2026, 2028)), List.of(this.committee),
				List.of());
		TaskYearView year2027 = this.progress.taskYear(plan, task, 2027);
		this.progress.record(plan, task, 2027, year2027.version(),
				new YearProgress(YearStatus.IN_PROGRESS, "Đã xây dựng dự thảo", "Nguyễn Văn Hùng", null));

		this.editor.updateTask(plan, task, this.editor.task(plan, task).version(),
				task("1", TimeFrame.years(2029, 2030)), List.of(this.committee), List.of());

		assertThat(years(task)).containsExactly(2027, 2029, 2030);
		TaskYearView kept = this.progress.taskYear(plan, task, 2027);
		assertThat(kept.note()).isEqualTo("Đã xây dựng dự thảo");
		assertThat(kept.responsible()).isEqualTo("Nguyễn Văn Hùng");
		assertThat(this.editor.task(plan, task).frame()).isEqualTo(TimeFrame.years(2029, 2030));
		assertThat(audited("PlanTask", task)).anyMatch((c) -> c.contains("yearsKeptWithProgress"));
	}

	@Test
	void badInputAndStaleVersionsChangeNothing() {
		long plan = ownPlan("23/KH-UBND");
		long task = this.plans.addTask(plan, task("2", TimeFrame.everyYear()), List.of(this.committee), List.of());
		long version = this.editor.task(plan, task).version();
		TaskDetails bad = new TaskDetails("2", "2", "Nhóm", " ", TimeFrame.years(2019, 2020), null, null, null);

		assertThatThrownBy(() -> this.editor.updateTask(plan, task, version, bad, List.of(), List.of()))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.problems()).extracting(vn.hoagiai.shared.FieldProblem::field)
						.containsExactlyInAnyOrder("title", "frameFrom", "leadAgencyIds"));
		assertThatThrownBy(() -> this.editor.updateTask(plan, task, version + 1, task("2", TimeFrame.everyYear()),
				List.of(this.committee), List.of()))
			.isInstanceOf(StaleVersion.class);
		assertThatThrownBy(() -> this.plans.update(plan, 99, details("23/KH-UBND", 2026, 2030)))
			.isInstanceOf(StaleVersion.class);

		TaskView unchanged = this.editor.task(plan, task);
		assertThat(unchanged.version()).isEqualTo(version);
		assertThat(unchanged.frame()).isEqualTo(TimeFrame.everyYear());
		assertThat(years(task)).containsExactly(2026, 2027, 2028, 2029, 2030);
	}

	@Test
	void aWithdrawnTaskStaysWithItsReasonAndLeavesThePlansWork() {
		long plan = ownPlan("24/KH-UBND");
		long task = this.plans.addTask(plan, task("3", TimeFrame.everyYear()), List.of(this.committee), List.of());
		long version = this.editor.task(plan, task).version();

		assertThatThrownBy(() -> this.editor.withdrawTask(plan, task, version, " ")).isInstanceOf(InvalidInput.class);
		this.editor.withdrawTask(plan, task, version, "Trùng với nhiệm vụ của kế hoạch năm");

		assertThat(this.plans.view(plan).tasks()).singleElement()
			.satisfies((t) -> assertThat(t.withdrawnReason()).isEqualTo("Trùng với nhiệm vụ của kế hoạch năm"));
		assertThat(this.progress.year(plan, 2026)).isEmpty();
		assertThat(years(task)).hasSize(5);
		TaskYearView before = this.progress.taskYear(plan, task, 2026);
		long yearVersion = before.version();
		assertThatThrownBy(() -> this.progress.record(plan, task, 2026, yearVersion,
				new YearProgress(YearStatus.DONE, "Ghi sau khi rút", null, null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.problems()).extracting(vn.hoagiai.shared.FieldProblem::messageKey)
						.containsExactly("plans.task.withdrawn"));
		TaskYearView after = this.progress.taskYear(plan, task, 2026);
		assertThat(after.recorded()).isEqualTo(before.recorded());
		assertThat(after.version()).isEqualTo(yearVersion);
	}

	@Test
	void agencyChangesKeepWhoWasResponsibleWhen() {
		long plan = ownPlan("25/KH-UBND");
		long other = this.jdbc.sql("select id from org_agency where unit_id = :u and id <> :c and valid_to is null")
			.param("u", this.commune)
			.param("c", this.committee)
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.orElse(this.committee);
		long task = this.plans.addTask(plan, task("4", TimeFrame.everyYear()), List.of(this.committee), List.of());

		this.editor.updateTask(plan, task, this.editor.task(plan, task).version(), task("4", TimeFrame.everyYear()),
				List.of(other), List.of(this.committee));

		TaskView changed = this.editor.task(plan, task);
		assertThat(changed.leads()).extracting(AgencyRef::id).containsExactly(other);
		assertThat(this.plans.view(plan).history()).filteredOn((h) -> h.taskCode().equals("4")).isNotEmpty();
	}

	@Test
	void targetsAreAddedAndEditedWithAVersionAndTheirLiveValuesAreWhatTheIndicatorsReport() throws Exception {
		long plan = ownPlan("26/KH-UBND");
		long target = this.editor.addTarget(plan,
				new PlanTarget("SUCCESS_RATE", "Tỷ lệ hòa giải thành", "≥ 80%", 2030));
		this.editor.addTarget(plan, new PlanTarget("TEAMS_CONSOLIDATED", "Tổ được kiện toàn", "100%", null));
		assertThatThrownBy(() -> this.editor.addTarget(plan, new PlanTarget("UNKNOWN", "", null, 2040)))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.problems()).extracting(vn.hoagiai.shared.FieldProblem::field)
						.containsExactlyInAnyOrder("code", "description", "byYear"));
		long version = this.editor.target(plan, target).version();
		this.editor.updateTarget(plan, target, version,
				new PlanTarget("SUCCESS_RATE", "Tỷ lệ hòa giải thành", "≥ 90%", 2030));
		assertThatThrownBy(() -> this.editor.updateTarget(plan, target, version,
				new PlanTarget("SUCCESS_RATE", "Tỷ lệ hòa giải thành", "≥ 85%", 2030)))
			.isInstanceOf(StaleVersion.class);

		LiveTargets live = this.planIndicators.live(plan, 2026);
		IndicatorReport report = this.indicators.report(UnitId.of(this.commune), this.indicators.calendar().year(2026),
				Boundaries.CURRENT, false);
		assertThat(live.reach()).isEqualTo(LiveTargets.Reach.LIVE);
		assertThat(live.targets()).hasSize(2);
		for (LiveTargets.Standing standing : live.targets()) {
			IndicatorValue expected = report.total().value(IndicatorCode.valueOf(standing.target().code()));
			assertThat(standing.value()).isEqualTo(expected);
		}
		assertThat(live.targets().get(0).target().threshold()).isEqualTo("≥ 90%");

		byte[] docx = this.writer.write(this.documents.report(plan, 2026), DocumentFormat.DOCX);
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(word)) {
			assertThat(text.getText()).contains("Năm báo cáo 2026: đạt", "Tỷ lệ hòa giải thành", "≥ 90%");
		}
	}

	@Test
	void theCitysPlanReadsItsTargetsOnTheOldMapWhileTheCityExistedAndNoneAfter() {
		SignedIn.as("admin", unit("Tỉnh Thái Nguyên"), Role.ADMIN);
		long city = cityPlan();

		LiveTargets before = this.planIndicators.live(city, 2024);
		LiveTargets after = this.planIndicators.live(city, 2026);

		assertThat(before.reach()).isEqualTo(LiveTargets.Reach.LIVE);
		assertThat(before.boundaries()).isEqualTo(Boundaries.HISTORICAL);
		IndicatorReport report = this.indicators.report(UnitId.of(before.unitId()),
				this.indicators.calendar().year(2024), Boundaries.HISTORICAL, false);
		assertThat(before.targets()).allSatisfy(
				(t) -> assertThat(t.value()).isEqualTo(report.total().value(IndicatorCode.valueOf(t.target().code()))));
		assertThat(after.reach()).isEqualTo(LiveTargets.Reach.UNIT_ENDED);
		assertThat(after.targets()).allSatisfy((t) -> assertThat(t.value()).isNull());
	}

	@Test
	void theFormsSaveOverHttpAndAnotherCommunesOfficerGets404() {
		long plan = ownPlan("27/KH-UBND");
		this.editor.addTarget(plan, new PlanTarget("TEAMS_CONSOLIDATED", "Tổ được kiện toàn", "100%", null));
		SignedIn.clear();
		HttpSession officer = signedIn("tuphap.duongquang");
		HttpResponse<String> page = officer.get("/plans/" + plan + "?year=2026");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"add-task\"", "id=\"edit-plan\"", "id=\"dashboard-link\"",
				"/indicators?unitId=" + this.commune + "&amp;period=2026", "class=\"badge text-bg-");

		HttpResponse<String> bad = officer.post("/plans/" + plan + "/tasks/new",
				Map.of("code", "x", "title", "", "frameKind", "EVERY_YEAR"));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("Mã nhiệm vụ dạng 1, 1.1 hoặc 1.1.1.", "Chọn ít nhất một cơ quan chủ trì.");

		HttpResponse<String> saved = officer.post("/plans/" + plan + "/tasks/new",
				Map.of("code", "5.1", "groupTitle", "Truyền thông", "title", "Tuyên truyền về hòa giải ở cơ sở",
						"frameKind", "EVERY_YEAR", "leadAgencyIds", String.valueOf(this.committee)));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(officer.get("/plans/" + plan).body()).contains("Tuyên truyền về hòa giải ở cơ sở");

		HttpResponse<String> stale = officer.post("/plans/" + plan + "/edit",
				Map.of("issuingBody", "Ủy ban nhân dân xã Dương Quang", "title", "Tên mới", "fromYear", "2026",
						"toYear", "2030", "status", "IN_FORCE", "version", "99"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("id=\"conflict\"", "Tên mới");

		HttpSession neighbour = signedIn("tuphap.ducxuan");
		assertThat(neighbour.get("/plans/" + plan + "/edit").statusCode()).isEqualTo(404);
		assertThat(neighbour.get("/plans/" + plan + "/tasks/new").statusCode()).isEqualTo(404);
		assertThat(neighbour
			.post("/plans/" + plan + "/targets/new", Map.of("description", "Mục tiêu", "code", "SUCCESS_RATE"))
			.statusCode()).isEqualTo(404);
	}

	private long ownPlan(String number) {
		return this.plans.create(UnitId.of(this.commune), null, details(number, 2026, 2030));
	}

	private static PlanDetails details(String number, int from, int to) {
		return new PlanDetails(number, LocalDate.of(2026, 1, 15), "Ủy ban nhân dân xã Dương Quang",
				"Kế hoạch thực hiện Đề án trên địa bàn xã", from, to, null, null, null, PlanStatus.IN_FORCE);
	}

	private static TaskDetails task(String code, TimeFrame frame) {
		return new TaskDetails(code, code.split("\\.")[0], "Nhóm nhiệm vụ " + code, "Nhiệm vụ " + code, frame, null,
				null, null);
	}

	private List<Integer> years(long task) {
		return this.jdbc.sql("select year_number from pln_task_year where task_id = :t order by year_number")
			.param("t", task)
			.query(Integer.class)
			.list();
	}

	private List<String> audited(String type, long id) {
		return this.jdbc.sql("select changes from aud_event where record_type = :t and record_id = :i")
			.param("t", type)
			.param("i", String.valueOf(id))
			.query(String.class)
			.list();
	}

	private long cityPlan() {
		return this.jdbc.sql("select id from pln_plan where number_symbol = '/KH-UBND' order by id")
			.query(Long.class)
			.list()
			.get(0);
	}

	private long unit(String name) {
		return this.jdbc.sql("select id from org_unit where name = :n").param("n", name).query(Long.class).single();
	}

	private HttpSession signedIn(String username) {
		HttpSession session = new HttpSession(this.port);
		assertThat(session.signIn(username, Deployment.DEMO_PASSWORD)).endsWith("/");
		return session;
	}

}

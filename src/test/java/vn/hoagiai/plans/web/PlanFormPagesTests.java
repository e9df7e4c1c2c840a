package vn.hoagiai.plans.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hoagiai.organization.AgencyKind;
import vn.hoagiai.organization.AgencyView;
import vn.hoagiai.organization.UnitType;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.plans.AgencyRef;
import vn.hoagiai.plans.PlanDetails;
import vn.hoagiai.plans.PlanEditor;
import vn.hoagiai.plans.PlanService;
import vn.hoagiai.plans.PlanStatus;
import vn.hoagiai.plans.PlanSummary;
import vn.hoagiai.plans.PlanView;
import vn.hoagiai.plans.TaskDetails;
import vn.hoagiai.plans.TaskView;
import vn.hoagiai.plans.TimeFrame;
import vn.hoagiai.plans.TimeFrameKind;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest(controllers = { PlanFormPages.class, TaskFormPages.class, TargetFormPages.class },
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "vn\\.hoagiai\\.shared\\.web\\.RequestContextFilter"))
class PlanFormPagesTests {

	private static final long UNIT = 40;

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PlanService plans;

	@MockitoBean
	PlanEditor editor;

	@BeforeEach
	void plan() {
		given(this.plans.view(3)).willReturn(PlanFixtures.communePlan(List.of(PlanFixtures.trainingTask(4))));
		given(this.editor.task(3, 9)).willReturn(PlanFixtures.trainingTask(4));
		given(this.editor.agencyChoices(eq(3L), any())).willReturn(List.of(PlanFixtures.committee()));
		given(this.plans.creatableUnits()).willReturn(List.of(PlanFixtures.commune()));
	}

	@Test
	void taskProblemsShowBesideTheirFieldsInVietnamese() {
		willThrow(new InvalidInput(List.of(FieldProblem.of("title", "validation.required"),
				FieldProblem.of("frameFrom", "plans.frame.outside", 2026, 2030))))
			.given(this.editor)
			.updateTask(eq(3L), eq(9L), eq(4L), any(), any(), any());

		MvcTestResult result = post("/plans/3/tasks/9/edit", "code", "3.2", "title", "", "frameKind", "YEAR_RANGE",
				"frameFrom", "2019", "frameTo", "2020", "leadAgencyIds", "11", "version", "4");

		assertThat(result).hasStatusOk().hasViewName(TaskFormPages.FORM);
		assertThat(result).bodyText()
			.contains("Không được để trống.", "Thời gian thực hiện phải nằm trong 2026 - 2030.", "is-invalid");
	}

	@Test
	void unreadableDueDayIsAnErrorWithoutCallingTheService() {
		MvcTestResult result = post("/plans/3/tasks/new", "code", "5", "title", "Tuyên truyền", "frameKind",
				"EVERY_YEAR", "dueDay", "31/02/x", "leadAgencyIds", "11");

		assertThat(result).hasStatusOk().bodyText().contains("Nhập ngày/tháng, ví dụ 15/12.");
		verify(this.plans, never()).addTask(anyLong(), any(), any(), any());
	}

	@Test
	void aNewTaskTakesItsGroupFromTheCodeAndTheTitleOfItsGroup() {
		given(this.plans.addTask(eq(3L), any(), any(), any())).willReturn(12L);

		assertThat(post("/plans/3/tasks/new", "code", "3.3", "title", "Bồi dưỡng kỹ năng", "frameKind", "EVERY_N_YEARS",
				"frameEvery", "2", "frameFrom", "2099", "leadAgencyIds", "11"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/plans/3#task-id-12");
		verify(this.plans).addTask(3L, new TaskDetails("3.3", "3", "Xây dựng đội ngũ hòa giải viên",
				"Bồi dưỡng kỹ năng", TimeFrame.atLeastEvery(2), null, null, null), List.of(11L), List.of());
	}

	@Test
	void staleTaskEditAnswers409WithBothVersionsSideBySide() {
		willThrow(new StaleVersion("PlanTask", 9)).given(this.editor)
			.updateTask(eq(3L), eq(9L), eq(3L), any(), any(), any());

		MvcTestResult result = post("/plans/3/tasks/9/edit", "code", "3.2", "title", "Tập huấn cho hòa giải viên mới",
				"groupTitle", "Xây dựng đội ngũ hòa giải viên", "frameKind", "EVERY_YEAR", "leadAgencyIds", "11",
				"version", "3");

		assertThat(result).hasStatus(409).hasViewName(TaskFormPages.FORM);
		assertThat(result).bodyText()
			.contains("id=\"conflict\"", "Tập huấn cho hòa giải viên mới", "Tập huấn hòa giải viên")
			.contains("value=\"4\"");
	}

	@Test
	void anotherUnitsPlanAnswers404LikeAMissingOne() {
		given(this.plans.view(77)).willThrow(new RecordNotFound("Plan", 77));
		given(this.editor.task(77, 1)).willThrow(new RecordNotFound("Plan", 77));
		willThrow(new RecordNotFound("Plan", 77)).given(this.editor).requireEditable(77);
		given(this.plans.addTask(eq(77L), any(), any(), any())).willThrow(new RecordNotFound("Plan", 77));

		assertThat(get("/plans/77/edit")).hasStatus(404);
		assertThat(get("/plans/77/tasks/1/edit")).hasStatus(404);
		assertThat(get("/plans/77/targets/new")).hasStatus(404);
		assertThat(post("/plans/77/tasks/new", "code", "1", "title", "x")).hasStatus(404);
	}

	@Test
	void staleTargetEditAnswers409() {
		given(this.editor.target(3, 5))
			.willReturn(new vn.hoagiai.plans.TargetView(5, "SUCCESS_RATE", "Tỷ lệ hòa giải thành", "≥ 80%", 2030, 2));
		willThrow(new StaleVersion("PlanTarget", 5)).given(this.editor).updateTarget(eq(3L), eq(5L), eq(1L), any());

		MvcTestResult result = post("/plans/3/targets/5/edit", "description", "Tỷ lệ hòa giải thành", "threshold",
				"≥ 85%", "byYear", "2030", "code", "SUCCESS_RATE", "version", "1");

		assertThat(result).hasStatus(409).bodyText().contains("id=\"conflict\"", "≥ 85%", "≥ 80%");
	}

	@Test
	void targetWithAnUnknownYearShowsTheProblemAndSavesNothing() {
		MvcTestResult result = post("/plans/3/targets/new", "description", "Mục tiêu", "byYear", "năm sau");

		assertThat(result).hasStatusOk().hasViewName(TargetFormPages.FORM).bodyText().contains("is-invalid");
		verify(this.editor, never()).addTarget(anyLong(), any());
	}

	@Test
	void aLowerUnitsPlanIsCopiedFromItsParentWhenAsked() {
		given(this.plans.createFromParent(eq(3L), eq(UnitId.of(UNIT)), any())).willReturn(20L);

		assertThat(post("/plans/new", "unitId", String.valueOf(UNIT), "parentId", "3", "copyTasks", "true",
				"issuingBody", "Ủy ban nhân dân xã Dương Quang", "title", "Kế hoạch của xã", "fromYear", "2026",
				"toYear", "2030", "status", "DRAFT"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/plans/20");
		verify(this.plans).createFromParent(3L, UnitId.of(UNIT), new PlanDetails(null, null,
				"Ủy ban nhân dân xã Dương Quang", "Kế hoạch của xã", 2026, 2030, null, null, null, PlanStatus.DRAFT));
	}

	@Test
	void newPlanProblemsShowBesideTheirFields() {
		given(this.plans.create(any(), any(), any()))
			.willThrow(new InvalidInput(List.of(FieldProblem.of("toYear", "plans.plan.period"))));

		MvcTestResult result = post("/plans/new", "unitId", String.valueOf(UNIT), "issuingBody", "UBND", "title",
				"Kế hoạch", "fromYear", "2026", "toYear", "2020", "status", "DRAFT");

		assertThat(result).hasStatusOk().hasViewName(PlanFormPages.FORM);
		assertThat(result).bodyText().contains("Năm kết thúc không được trước năm bắt đầu.");
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get()
			.uri(uri)
			.header("Accept-Language", "vi")
			.with(authentication(TestViewer.signedIn(UNIT, Role.COMMUNE_OFFICER)))
			.exchange();
	}

	private MvcTestResult post(String uri, String... params) {
		var request = this.mvc.post()
			.uri(uri)
			.header("Accept-Language", "vi")
			.with(csrf())
			.with(authentication(TestViewer.signedIn(UNIT, Role.COMMUNE_OFFICER)));
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	/** A commune's plan with its training task, as the forms read them. */
	static final class PlanFixtures {

		private PlanFixtures() {
		}

		static PlanView communePlan(List<TaskView> tasks) {
			PlanSummary summary = new PlanSummary(3, UnitId.of(UNIT), "Xã Dương Quang", "12/KH-UBND",
					LocalDate.of(2026, 2, 1), "Ủy ban nhân dân xã Dương Quang", "Kế hoạch thực hiện Đề án", 2026, 2030,
					PlanStatus.IN_FORCE, null);
			PlanDetails details = new PlanDetails("12/KH-UBND", LocalDate.of(2026, 2, 1),
					"Ủy ban nhân dân xã Dương Quang", "Kế hoạch thực hiện Đề án", 2026, 2030, null, null, null,
					PlanStatus.IN_FORCE);
			return new PlanView(summary, details, null, List.of(), List.of(), List.of(), List.of(), tasks, List.of(),
					List.of(), true, true, 6);
		}

		static TaskView trainingTask(long version) {
			return new TaskView(9, "3.2", "3", "Xây dựng đội ngũ hòa giải viên", "Tập huấn hòa giải viên",
					new TimeFrame(TimeFrameKind.EVERY_YEAR, null, null, null, null), null, null, null,
					List.of(new AgencyRef(11, "Ủy ban nhân dân xã Dương Quang", false)), List.of(), version, null);
		}

		static AgencyView committee() {
			return new AgencyView(11, UnitId.of(UNIT), AgencyKind.PEOPLES_COMMITTEE, "Ủy ban nhân dân xã Dương Quang",
					LocalDate.of(2025, 7, 1), null, null);
		}

		static UnitView commune() {
			return new UnitView(UnitId.of(UNIT), "01", "Xã Dương Quang", UnitType.COMMUNE, null,
					LocalDate.of(2025, 7, 1), null, null, null);
		}

	}

}

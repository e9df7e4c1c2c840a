package vn.hoagiai.plans.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hoagiai.plans.PlanService;
import vn.hoagiai.plans.ProgressService;
import vn.hoagiai.plans.TaskYearView;
import vn.hoagiai.plans.YearProgress;
import vn.hoagiai.plans.YearStatus;
import vn.hoagiai.shared.FieldProblem;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest(controllers = PlansApiController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "vn\\.hoagiai\\.shared\\.web\\.RequestContextFilter"))
class PlansApiControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PlanService plans;

	@MockitoBean
	ProgressService progress;

	@Test
	void putBindsTheProgressAndTheVersion() {
		given(this.progress.record(anyLong(), anyLong(), anyInt(), anyLong(), any())).willReturn(year());

		assertThat(put("{\"status\":\"DONE\",\"note\":\"Xong\",\"doneOn\":\"2026-03-02\",\"version\":4}"))
			.hasStatus(200)
			.bodyText()
			.contains("\"status\":\"DONE\"");
		verify(this.progress).record(eq(3L), eq(9L), eq(2026), eq(4L),
				eq(new YearProgress(YearStatus.DONE, "Xong", null, LocalDate.of(2026, 3, 2))));
	}

	@Test
	void staleVersionIs409() {
		given(this.progress.record(anyLong(), anyLong(), anyInt(), anyLong(), any()))
			.willThrow(new StaleVersion("PlanTaskYear", 1));

		assertThat(put("{\"status\":\"DONE\",\"version\":1}")).hasStatus(409);
	}

	@Test
	void missingVersionIs422WithoutCallingTheService() {
		assertThat(put("{\"status\":\"DONE\"}")).hasStatus(422).bodyText().contains("version");
		verifyNoInteractions(this.progress);
	}

	@Test
	void derivedStatusIs422OnTheField() {
		given(this.progress.record(anyLong(), anyLong(), anyInt(), anyLong(), any()))
			.willThrow(new InvalidInput(List.of(FieldProblem.of("status", "plans.year.status.derived"))));

		assertThat(put("{\"status\":\"OVERDUE\",\"version\":1}")).hasStatus(422).bodyText().contains("\"status\"");
	}

	@Test
	void planOutsideTheScopeIs404() {
		given(this.plans.view(77)).willThrow(new RecordNotFound("Plan", 77));

		assertThat(this.mvc.get()
			.uri("/api/v1/plans/77")
			.accept(MediaType.APPLICATION_JSON)
			.with(authentication(TestViewer.signedIn(1, Role.COMMUNE_OFFICER)))).hasStatus(404);
	}

	@Test
	void tasksOfAYearComeFromTheProgressService() {
		given(this.progress.year(3, 2025)).willReturn(List.of(year()));

		assertThat(this.mvc.get()
			.uri("/api/v1/plans/3/tasks?year=2025")
			.accept(MediaType.APPLICATION_JSON)
			.with(authentication(TestViewer.signedIn(1, Role.COMMUNE_OFFICER)))).hasStatus(200)
			.bodyText()
			.contains("\"taskCode\":\"3.2\"");
	}

	private MvcTestResult put(String json) {
		return this.mvc.put()
			.uri("/api/v1/plans/3/tasks/9/years/2026")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(json)
			.with(csrf())
			.with(authentication(TestViewer.signedIn(1, Role.COMMUNE_OFFICER)))
			.exchange();
	}

	private static TaskYearView year() {
		return new TaskYearView(1, 3, "Kế hoạch", 9, "3.2", "Tập huấn", 2026, YearStatus.DONE, YearStatus.DONE, true,
				LocalDate.of(2026, 12, 31), "Xong", null, LocalDate.of(2026, 3, 2), 5, List.of(), List.of(), true);
	}

}

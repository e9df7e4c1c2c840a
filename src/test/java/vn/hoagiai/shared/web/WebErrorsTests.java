package vn.hoagiai.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.StaleVersion;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(controllers = WebErrorsTests.Failing.class)
@Import(WebErrorsTests.Failing.class)
@WithMockUser
class WebErrorsTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void missingRecordOnAPageRendersTheErrorPageWith404() {
		assertThat(this.mvc.get().uri("/test/missing").header("Accept-Language", "vi")).hasStatus(404)
			.hasViewName(WebErrors.PAGE)
			.model()
			.containsEntry("detail", "Không tìm thấy trang hoặc hồ sơ bạn yêu cầu.")
			.containsKey("correlationId");
	}

	@Test
	void htmxRequestGetsTheErrorFragment() {
		assertThat(this.mvc.get().uri("/test/missing").header("HX-Request", "true")).hasStatus(404)
			.hasViewName(WebErrors.FRAGMENT);
	}

	@Test
	void apiAnswersProblemDetails() {
		assertThat(this.mvc.get()
			.uri("/api/test/missing")
			.accept(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "vi")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.detail",
					(detail) -> assertThat(detail).isEqualTo("Không tìm thấy trang hoặc hồ sơ bạn yêu cầu."))
			.hasPathSatisfying("$.status", (status) -> assertThat(status).isEqualTo(404));
	}

	@Test
	void staleVersionIsAConflictPage() {
		assertThat(this.mvc.get().uri("/test/stale")).hasStatus(409).hasViewName(WebErrors.PAGE);
	}

	@Test
	void ruleViolationIsExplainedInTheUsersLanguage() {
		assertThat(this.mvc.get().uri("/api/test/rule").header("Accept-Language", "vi")).hasStatus(422)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("Đơn vị X"));
	}

	@Controller
	static class Failing {

		@GetMapping({ "/test/missing", "/api/test/missing" })
		@ResponseBody
		String missing() {
			throw new RecordNotFound("Unit", 42);
		}

		@GetMapping("/test/stale")
		String stale() {
			throw new StaleVersion("Unit", 42);
		}

		@GetMapping("/api/test/rule")
		@ResponseBody
		String rule() {
			throw new BusinessRuleViolation("org.error.unitNotValidOn", "Đơn vị X", "2025-07-01");
		}

	}

}

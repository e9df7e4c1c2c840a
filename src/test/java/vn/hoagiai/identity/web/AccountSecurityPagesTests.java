package vn.hoagiai.identity.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hoagiai.identity.ApiTokenView;
import vn.hoagiai.identity.ApiTokens;
import vn.hoagiai.identity.IdentityFixtures;
import vn.hoagiai.identity.SessionView;
import vn.hoagiai.identity.UserSessions;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.RecordNotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The sessions and API token pages.
 */
@WebMvcTest(controllers = { SessionsController.class, TokensController.class })
class AccountSecurityPagesTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private UserSessions sessions;

	@MockitoBean
	private ApiTokens tokens;

	@Test
	void listsMySessionsMarkingTheCurrentOne() {
		LocalDateTime at = LocalDateTime.of(2026, 3, 2, 8, 0);
		given(this.sessions.mine(anyString())).willReturn(List.of(new SessionView("aaaaaaaaaaaaaaaa", at, at, true),
				new SessionView("bbbbbbbbbbbbbbbb", at, at.plusHours(1), false)));
		assertThat(this.mvc.get()
			.uri("/account/sessions")
			.header("Accept-Language", "vi")
			.with(user(IdentityFixtures.ducXuanOfficer()))).hasStatusOk()
			.bodyText()
			.contains("Phiên hiện tại")
			.contains("/account/sessions/bbbbbbbbbbbbbbbb/end")
			.doesNotContain("/account/sessions/aaaaaaaaaaaaaaaa/end");
	}

	@Test
	void endingASessionThatIsNotMineAnswers404() {
		willThrow(new RecordNotFound("Session", "cccccccccccccccc")).given(this.sessions)
			.endMine(anyString(), anyString());
		assertThat(this.mvc.post()
			.uri("/account/sessions/cccccccccccccccc/end")
			.with(user(IdentityFixtures.ducXuanOfficer()))
			.with(csrf())).hasStatus(404);
	}

	@Test
	void malformedSessionHandleAnswers404() {
		assertThat(this.mvc.post()
			.uri("/account/sessions/../end")
			.with(user(IdentityFixtures.ducXuanOfficer()))
			.with(csrf())).hasStatus4xxClientError();
		assertThat(this.mvc.post()
			.uri("/account/sessions/XYZ/end")
			.with(user(IdentityFixtures.ducXuanOfficer()))
			.with(csrf())).hasStatus(404);
		verify(this.sessions, never()).endMine(anyString(), anyString());
	}

	@Test
	void endsAllOtherSessions() {
		given(this.sessions.endMyOthers(anyString())).willReturn(2);
		assertThat(this.mvc.post()
			.uri("/account/sessions/end-others")
			.with(user(IdentityFixtures.ducXuanOfficer()))
			.with(csrf())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/account/sessions")
			.flash()
			.containsEntry("ended", 2);
	}

	@Test
	void newTokenIsShownOnceWithAWarning() {
		given(this.tokens.issue("Hệ thống tỉnh", LocalDate.of(2027, 1, 31))).willReturn("hg_secretvalue");
		assertThat(this.mvc.post()
			.uri("/account/tokens")
			.header("Accept-Language", "vi")
			.with(user(IdentityFixtures.ducXuanOfficer()))
			.with(csrf())
			.param("name", "Hệ thống tỉnh")
			.param("expiresOn", "2027-01-31")).hasStatusOk()
			.hasViewName(TokensController.ISSUED_VIEW)
			.bodyText()
			.contains("hg_secretvalue")
			.contains("chỉ hiển thị một lần");
	}

	@Test
	void tokenListNeverShowsTheToken() {
		LocalDateTime at = LocalDateTime.of(2026, 3, 2, 8, 0);
		given(this.tokens.mine()).willReturn(
				List.of(new ApiTokenView(4, "Hệ thống tỉnh", "hg_AbCdE", at, null, null, at.plusDays(1), false)));
		assertThat(this.mvc.get()
			.uri("/account/tokens")
			.header("Accept-Language", "vi")
			.with(user(IdentityFixtures.ducXuanOfficer()))).hasStatusOk()
			.bodyText()
			.contains("hg_AbCdE…")
			.contains("Đã thu hồi lúc 03/03/2026 08:00");
	}

	@Test
	void pastExpiryIsAFieldError() {
		given(this.tokens.issue(anyString(), any()))
			.willThrow(BusinessRuleViolation.onField("expiresOn", "identity.token.error.expiry"));
		assertThat(this.mvc.post()
			.uri("/account/tokens")
			.with(user(IdentityFixtures.ducXuanOfficer()))
			.with(csrf())
			.param("name", "cu")
			.param("expiresOn", "2020-01-01")).hasStatusOk()
			.hasViewName(TokensController.VIEW)
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("expiresOn", "identity.token.error.expiry");
	}

	@Test
	void unparseableExpiryIsAFieldError() {
		assertThat(this.mvc.post()
			.uri("/account/tokens")
			.with(user(IdentityFixtures.ducXuanOfficer()))
			.with(csrf())
			.param("name", "cu")
			.param("expiresOn", "31/31/2027")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("expiresOn");
		verify(this.tokens, never()).issue(anyString(), any());
	}

}

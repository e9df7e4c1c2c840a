package vn.hoagiai.identity.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hoagiai.identity.AccountProfile;
import vn.hoagiai.identity.Accounts;
import vn.hoagiai.identity.IdentityFixtures;
import vn.hoagiai.identity.PasswordChangeSession;
import vn.hoagiai.identity.PasswordRefused;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(controllers = PasswordController.class)
class PasswordControllerTests {

	private static final String NEW = "Trăng sáng trên đồi chè Tân Cương";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private Accounts accounts;

	@MockitoBean
	private PasswordChangeSession session;

	@BeforeEach
	void profile() {
		given(this.accounts.profile()).willReturn(new AccountProfile(7, "binh.le", "Lê Văn Bình", UnitId.of(2),
				"Phường Đức Xuân", Set.of(Role.COMMUNE_OFFICER), "vi", true, null));
	}

	@Test
	void warnsAUserWithATemporaryPassword() {
		assertThat(this.mvc.get()
			.uri("/account/password")
			.header("Accept-Language", "vi")
			.with(user(IdentityFixtures.officerWithTemporaryPassword()))).hasStatusOk()
			.hasViewName(PasswordController.VIEW)
			.bodyText()
			.contains("Bạn đang dùng mật khẩu tạm thời");
	}

	@Test
	void refusesMismatchedConfirmationWithoutTryingTheChange() {
		assertThat(change("hien-tai-123", NEW, NEW + "!")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("confirmation", "identity.password.error.mismatch");
		verify(this.accounts, never()).changePassword(anyString(), anyString());
	}

	@Test
	void showsEveryPolicyReasonInVietnamese() {
		willThrow(new PasswordRefused("newPassword",
				List.of("identity.password.error.tooShort", "identity.password.error.common")))
			.given(this.accounts)
			.changePassword(anyString(), anyString());
		assertThat(change("hien-tai-123", "123456", "123456")).hasStatusOk()
			.bodyText()
			.contains("Mật khẩu phải có ít nhất 12 ký tự.")
			.contains("Mật khẩu này quá phổ biến")
			.doesNotContain("value=\"123456\"");
		verify(this.session, never()).passwordChanged(any(), any());
	}

	@Test
	void wrongCurrentPasswordIsAFieldError() {
		willThrow(BusinessRuleViolation.onField("currentPassword", "identity.password.error.current"))
			.given(this.accounts)
			.changePassword(anyString(), anyString());
		assertThat(change("sai", NEW, NEW)).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("currentPassword", "identity.password.error.current");
	}

	@Test
	void changesPasswordThenRefreshesTheSignedInSession() {
		assertThat(change("hien-tai-123", NEW, NEW)).hasStatus3xxRedirection().hasRedirectedUrl("/account");
		verify(this.accounts).changePassword("hien-tai-123", NEW);
		verify(this.session).passwordChanged(any(), any());
	}

	@Test
	void refusesAChangeWithoutCsrfToken() {
		assertThat(this.mvc.post()
			.uri("/account/password")
			.with(user(IdentityFixtures.officerWithTemporaryPassword()))
			.param("currentPassword", "x")).hasStatus(403);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult change(String current, String chosen,
			String confirmation) {
		return this.mvc.post()
			.uri("/account/password")
			.header("Accept-Language", "vi")
			.with(user(IdentityFixtures.officerWithTemporaryPassword()))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", chosen)
			.param("confirmation", confirmation)
			.exchange();
	}

}

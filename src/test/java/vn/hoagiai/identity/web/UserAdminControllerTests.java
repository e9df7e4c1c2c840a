package vn.hoagiai.identity.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hoagiai.identity.IdentityFixtures;
import vn.hoagiai.identity.IssuedPassword;
import vn.hoagiai.identity.NewUser;
import vn.hoagiai.identity.UnitChoice;
import vn.hoagiai.identity.UserAdministration;
import vn.hoagiai.identity.UserChanges;
import vn.hoagiai.identity.UserDirectory;
import vn.hoagiai.identity.UserSummary;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(controllers = UserAdminController.class)
class UserAdminControllerTests {

	private static final UserSummary BINH = new UserSummary(6, "binh.le", "Lê Văn Bình", UnitId.of(2),
			"Phường Đức Xuân", Set.of(Role.COMMUNE_OFFICER), true, true, null, null, null, 3);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private UserAdministration administration;

	@MockitoBean
	private UserDirectory users;

	@BeforeEach
	void directory() {
		given(this.users.unitChoices())
			.willReturn(List.of(new UnitChoice(1, "Tỉnh Thái Nguyên", 0), new UnitChoice(2, "Phường Đức Xuân", 1)));
		given(this.users.find(6)).willReturn(BINH);
		given(this.users.find(99)).willThrow(new RecordNotFound("User", 99));
	}

	@Test
	void createShowsTheTemporaryPasswordOnceAndForbidsCaching() {
		given(this.administration.create(any())).willReturn(new IssuedPassword(6, "binh.le", "Kx7pQ2mZr9TbW4nA"));
		assertThat(create("binh.le", "Lê Văn Bình", "2", "COMMUNE_OFFICER")).hasStatusOk()
			.hasViewName(UserAdminController.PASSWORD_VIEW)
			.hasHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate")
			.bodyText()
			.contains("Kx7pQ2mZr9TbW4nA")
			.contains("chỉ hiển thị một lần");
		verify(this.administration)
			.create(new NewUser("binh.le", "Lê Văn Bình", UnitId.of(2), Set.of(Role.COMMUNE_OFFICER)));
	}

	@Test
	void refusesBadUsernameAndMissingRoleInVietnamese() {
		assertThat(create("Bình Lê", "Lê Văn Bình", "2", null)).hasStatusOk()
			.hasViewName(UserAdminController.NEW_VIEW)
			.bodyText()
			.contains("Tên đăng nhập gồm 3 đến 60 ký tự")
			.contains("Người dùng phải có ít nhất một vai trò.");
		verify(this.administration, never()).create(any());
	}

	@Test
	void takenUsernameIsAFieldError() {
		given(this.administration.create(any()))
			.willThrow(BusinessRuleViolation.onField("username", "identity.user.error.usernameTaken"));
		assertThat(create("binh.le", "Lê Văn Bình", "2", "MEDIATOR")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("username", "identity.user.error.usernameTaken");
	}

	@Test
	void unparseableUnitIsAFieldErrorNotAFailure() {
		assertThat(create("binh.le", "Lê Văn Bình", "abc", "MEDIATOR")).hasStatusOk()
			.bodyText()
			.contains("Vui lòng chọn đơn vị.");
	}

	@Test
	void userPageCarriesTheVersionItWasLoadedAt() {
		assertThat(this.mvc.get().uri("/admin/users/6").with(user(IdentityFixtures.provinceAdmin()))).hasStatusOk()
			.hasViewName(UserAdminController.USER_VIEW)
			.bodyText()
			.contains("name=\"version\" value=\"3\"");
	}

	@Test
	void unknownOrForeignUserAnswers404() {
		assertThat(this.mvc.get().uri("/admin/users/99").with(user(IdentityFixtures.provinceAdmin()))).hasStatus(404);
	}

	@Test
	void staleEditAnswers409() {
		org.mockito.BDDMockito.willThrow(new StaleVersion("User", 6))
			.given(this.administration)
			.update(eq(6L), any(UserChanges.class));
		assertThat(this.mvc.post()
			.uri("/admin/users/6")
			.with(user(IdentityFixtures.provinceAdmin()))
			.with(csrf())
			.param("version", "2")
			.param("displayName", "Lê Văn Bình")
			.param("unitId", "2")
			.param("roles", "MEDIATOR")).hasStatus(409);
	}

	@Test
	void editSavesAgainstTheLoadedVersion() {
		assertThat(this.mvc.post()
			.uri("/admin/users/6")
			.with(user(IdentityFixtures.provinceAdmin()))
			.with(csrf())
			.param("version", "3")
			.param("displayName", "Lê Văn Bình")
			.param("unitId", "2")
			.param("roles", "MEDIATOR")).hasStatus3xxRedirection().hasRedirectedUrl("/admin/users/6");
		verify(this.administration).update(6, new UserChanges(3, "Lê Văn Bình", UnitId.of(2), Set.of(Role.MEDIATOR)));
	}

	@Test
	void deactivationNeedsAReason() {
		assertThat(this.mvc.post()
			.uri("/admin/users/6/deactivate")
			.header("Accept-Language", "vi")
			.with(user(IdentityFixtures.provinceAdmin()))
			.with(csrf())
			.param("reason", "  ")).hasStatusOk().bodyText().contains("Vui lòng ghi lý do");
		verify(this.administration, never()).deactivate(anyLong(), anyString());
	}

	@Test
	void resetShowsTheNewTemporaryPassword() {
		given(this.administration.resetPassword(6)).willReturn(new IssuedPassword(6, "binh.le", "Zr9TbW4nAKx7pQ2m"));
		assertThat(this.mvc.post()
			.uri("/admin/users/6/reset-password")
			.with(user(IdentityFixtures.provinceAdmin()))
			.with(csrf())).hasStatusOk().bodyText().contains("Zr9TbW4nAKx7pQ2m");
	}

	private MvcTestResult create(String username, String displayName, String unitId, String role) {
		var request = this.mvc.post()
			.uri("/admin/users")
			.header("Accept-Language", "vi")
			.with(user(IdentityFixtures.provinceAdmin()))
			.with(csrf())
			.param("username", username)
			.param("displayName", displayName)
			.param("unitId", unitId);
		if (role != null) {
			request = request.param("roles", role);
		}
		return request.exchange();
	}

}

package vn.hoagiai.identity.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hoagiai.identity.IdentityFixtures;
import vn.hoagiai.identity.UserDirectory;
import vn.hoagiai.identity.UserFilter;
import vn.hoagiai.identity.UserSummary;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(controllers = UserListController.class)
class UserListControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private UserDirectory users;

	@BeforeEach
	void onePage() {
		UserSummary binh = new UserSummary(6, "binh.le", "Lê Văn Bình", UnitId.of(2), "Phường Đức Xuân",
				Set.of(Role.MEDIATOR), true, false, null, null, null, 0);
		given(this.users.search(any(), anyInt())).willReturn(new PageImpl<>(List.of(binh), PageRequest.of(0, 20), 1));
	}

	@Test
	void listsUsersWithTheirUnits() {
		assertThat(this.mvc.get().uri("/admin/users").with(user(IdentityFixtures.provinceAdmin()))).hasStatusOk()
			.hasViewName(UserListController.VIEW)
			.bodyText()
			.contains("binh.le")
			.contains("Phường Đức Xuân");
	}

	@Test
	void passesTheFiltersOn() {
		assertThat(this.mvc.get()
			.uri("/admin/users?q=bình&unit=2&role=mediator&active=true&page=1")
			.with(user(IdentityFixtures.provinceAdmin()))).hasStatusOk();
		verify(this.users).search(new UserFilter("bình", 2L, Role.MEDIATOR, true), 1);
	}

	@Test
	void ignoresUnparseableFiltersInsteadOfFailing() {
		assertThat(this.mvc.get()
			.uri("/admin/users?unit=x&role=GOD&active=maybe&page=-3")
			.with(user(IdentityFixtures.provinceAdmin()))).hasStatusOk();
		verify(this.users).search(UserFilter.any(), 0);
	}

	@Test
	void htmxGetsOnlyTheResults() {
		assertThat(this.mvc.get()
			.uri("/admin/users?q=binh")
			.header("HX-Request", "true")
			.with(user(IdentityFixtures.provinceAdmin()))).hasStatusOk()
			.hasViewName(UserListController.RESULTS)
			.bodyText()
			.contains("binh.le")
			.doesNotContain("<nav class=\"navbar");
	}

	@Test
	void anonymousIsNotServed() {
		assertThat(this.mvc.get().uri("/admin/users")).hasStatus4xxClientError();
	}

}

package vn.hoagiai.identity.web;

import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hoagiai.identity.AccountProfile;
import vn.hoagiai.identity.Accounts;
import vn.hoagiai.identity.Caller;
import vn.hoagiai.identity.IdentityFixtures;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(controllers = { AccountController.class, MeApiController.class })
class AccountControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private Accounts accounts;

	@BeforeEach
	void profile() {
		given(this.accounts.profile())
			.willReturn(new AccountProfile(3, "tuphap.ducxuan", "Công chức Tư pháp phường Đức Xuân", UnitId.of(2),
					"Phường Đức Xuân", Set.of(Role.COMMUNE_OFFICER), "vi", false, LocalDateTime.of(2026, 3, 2, 8, 30)));
		given(this.accounts.caller()).willReturn(new Caller("tuphap.ducxuan", "Công chức Tư pháp phường Đức Xuân",
				Set.of(Role.COMMUNE_OFFICER), UnitId.of(2), "Phường Đức Xuân"));
	}

	@Test
	void showsMyProfileWithoutCaching() {
		assertThat(this.mvc.get()
			.uri("/account")
			.header("Accept-Language", "vi")
			.with(user(IdentityFixtures.ducXuanOfficer()))).hasStatusOk()
			.hasViewName(AccountController.VIEW)
			.hasHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate")
			.bodyText()
			.contains("tuphap.ducxuan")
			.contains("Phường Đức Xuân")
			.contains("Công chức Tư pháp cấp xã")
			.contains("02/03/2026 08:30");
	}

	@Test
	void apiTellsWhoIAm() {
		assertThat(this.mvc.get().uri("/api/v1/me").with(user(IdentityFixtures.ducXuanOfficer()))).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"username": "tuphap.ducxuan", "displayName": "Công chức Tư pháp phường Đức Xuân",
					 "roles": ["COMMUNE_OFFICER"], "unitId": 2, "unitName": "Phường Đức Xuân"}""");
	}

	@Test
	void apiRefusesAnonymousCallers() {
		assertThat(this.mvc.get().uri("/api/v1/me")).hasStatus4xxClientError();
	}

}

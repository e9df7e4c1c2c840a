package vn.hoagiai.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordChangeFilterTests {

	private final PasswordChangeFilter filter = new PasswordChangeFilter();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void sendsATemporaryPasswordToThePasswordPage() throws Exception {
		signIn(IdentityFixtures.officerWithTemporaryPassword());
		MockHttpServletResponse response = run("/cases");
		assertThat(response.getRedirectedUrl()).isEqualTo("/account/password");
	}

	@Test
	void letsThePasswordPageAndSignOutThrough() throws Exception {
		signIn(IdentityFixtures.officerWithTemporaryPassword());
		assertThat(run("/account/password").getRedirectedUrl()).isNull();
		assertThat(run("/logout").getRedirectedUrl()).isNull();
	}

	@Test
	void apiAnswersForbiddenToATemporaryPassword() throws Exception {
		signIn(IdentityFixtures.officerWithTemporaryPassword());
		assertThat(run("/api/v1/me").getStatus()).isEqualTo(403);
	}

	@Test
	void letsAnOrdinaryUserThrough() throws Exception {
		signIn(IdentityFixtures.ducXuanOfficer());
		MockHttpServletResponse response = run("/api/v1/me");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getRedirectedUrl()).isNull();
	}

	private MockHttpServletResponse run(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setServletPath(path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	private static void signIn(UserDetails user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}

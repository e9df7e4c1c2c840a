package vn.hoagiai.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Role;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only administrators manage accounts, whatever page or client calls the services.
 */
@SpringJUnitConfig(UserAdministrationSecurityTests.MethodSecurity.class)
class UserAdministrationSecurityTests {

	@Autowired
	private UserAdministration administration;

	@Autowired
	private UserDirectory directory;

	@MockitoBean
	private UserAccountRepository users;

	@MockitoBean
	private PasswordEncoder encoder;

	@MockitoBean
	private UnitScope scope;

	@MockitoBean
	private UnitDirectory units;

	@MockitoBean
	private UserSessions sessions;

	@MockitoBean
	private AuditTrail audit;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void provinceOfficerCannotResetAPassword() {
		signIn(IdentityFixtures.signedIn(2, "sotuphap", 1, false, Role.PROVINCE_OFFICER));
		assertThatThrownBy(() -> this.administration.resetPassword(1)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.administration.deactivate(1, "x")).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void communeOfficerCannotListUsers() {
		signIn(IdentityFixtures.ducXuanOfficer());
		assertThatThrownBy(() -> this.directory.find(1)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void administratorGetsThrough() {
		signIn(IdentityFixtures.provinceAdmin());
		assertThatThrownBy(() -> this.administration.resetPassword(1)).isInstanceOf(RecordNotFound.class);
	}

	private static void signIn(UserDetails user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableMethodSecurity
	@Import({ UserAdministration.class, UserDirectory.class })
	static class MethodSecurity {

	}

}

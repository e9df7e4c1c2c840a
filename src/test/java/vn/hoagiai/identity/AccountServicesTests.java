package vn.hoagiai.identity;

import java.time.Clock;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;
import vn.hoagiai.shared.BusinessRuleViolation;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.StaleVersion;
import vn.hoagiai.shared.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The account services on the real schema (H2 with the Flyway migrations), with a
 * province, a ward and a commune.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:acc;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ImportAutoConfiguration(JdbcClientAutoConfiguration.class)
@EnableConfigurationProperties(IdentityProperties.class)
@Import({ UserAdministration.class, UserDirectory.class, Accounts.class, UnitNames.class, PasswordPolicy.class,
		LoginThrottle.class, UnitScope.class, UnitDirectory.class, AuditTrail.class,
		AccountServicesTests.Settings.class })
class AccountServicesTests {

	@Autowired
	private UserAdministration administration;

	@Autowired
	private UserDirectory directory;

	@Autowired
	private Accounts accounts;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private JdbcClient jdbc;

	@MockitoBean
	private UserSessions sessions;

	@BeforeEach
	void provinceWithTwoCommunes() {
		this.jdbc.sql("""
				insert into org_unit (id, type, name, valid_from, created_at, updated_at) values
				  (901, 'PROVINCE', 'Tỉnh Thái Nguyên', date '2025-07-01', now(), now()),
				  (902, 'WARD', 'Phường Đức Xuân', date '2025-07-01', now(), now()),
				  (903, 'COMMUNE', 'Xã Dương Quang', date '2025-07-01', now(), now())""").update();
		this.jdbc.sql("""
				insert into org_unit_parent (unit_id, parent_id, valid_from) values
				  (902, 901, date '2025-07-01'), (903, 901, date '2025-07-01')""").update();
		signIn(IdentityFixtures.signedIn(0, "admin", 901, false, Role.ADMIN));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void createdUserMustChangeTheRandomFirstPassword() {
		IssuedPassword issued = createBinh();
		UserAccount account = this.users.findById(issued.userId()).orElseThrow();
		assertThat(issued.temporaryPassword()).hasSize(16);
		assertThat(account.isMustChangePassword()).isTrue();
		assertThat(account.isDemoPassword()).isFalse();
		assertThat(this.encoder.matches(issued.temporaryPassword(), account.getPasswordHash())).isTrue();
		assertThat(issued.toString()).doesNotContain(issued.temporaryPassword());
	}

	@Test
	void auditOfACreationHoldsNeitherPasswordNorPersonalName() {
		IssuedPassword issued = createBinh();
		String changes = this.jdbc.sql("select changes from aud_event where action = 'CREATE' and record_id = :id")
			.param("id", String.valueOf(issued.userId()))
			.query(String.class)
			.single();
		assertThat(changes).contains("binh.le").doesNotContain(issued.temporaryPassword()).doesNotContain("Bình");
	}

	@Test
	void refusesTakenUsername() {
		createBinh();
		assertThatThrownBy(this::createBinh).isInstanceOfSatisfying(BusinessRuleViolation.class,
				(ex) -> assertThat(ex.field()).isEqualTo("username"));
	}

	@Test
	void refusesMalformedUsernameUnknownUnitAndNoRole() {
		assertThatThrownBy(() -> this.administration
			.create(new NewUser("Bình", "Lê Văn Bình", UnitId.of(902), Set.of(Role.MEDIATOR))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("username"));
		assertThatThrownBy(() -> this.administration
			.create(new NewUser("binh.le", "Lê Văn Bình", UnitId.of(999), Set.of(Role.MEDIATOR))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("unitId"));
		assertThatThrownBy(
				() -> this.administration.create(new NewUser("binh.le", "Lê Văn Bình", UnitId.of(902), Set.of())))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("roles"));
	}

	@Test
	void staleEditIsRefused() {
		IssuedPassword issued = createBinh();
		long version = this.directory.find(issued.userId()).version();
		this.administration.update(issued.userId(),
				new UserChanges(version, "Lê Văn Bình", UnitId.of(903), Set.of(Role.TEAM_LEADER)));
		this.users.flush();
		assertThatThrownBy(() -> this.administration.update(issued.userId(),
				new UserChanges(version, "Lê Bình", UnitId.of(902), Set.of(Role.MEDIATOR))))
			.isInstanceOf(StaleVersion.class);
		assertThat(this.directory.find(issued.userId()).roles()).containsExactly(Role.TEAM_LEADER);
	}

	@Test
	void newRolesEndTheUsersSessionsButANewNameDoesNot() {
		IssuedPassword issued = createBinh();
		long version = this.directory.find(issued.userId()).version();
		this.administration.update(issued.userId(),
				new UserChanges(version, "Lê Văn Bình Minh", UnitId.of(902), Set.of(Role.COMMUNE_OFFICER)));
		this.users.flush();
		verify(this.sessions, never()).endAll("binh.le");
		this.administration.update(issued.userId(),
				new UserChanges(version + 1, "Lê Văn Bình Minh", UnitId.of(902), Set.of(Role.MEDIATOR)));
		verify(this.sessions).endAll("binh.le");
	}

	@Test
	void deactivationKeepsTheAccountWithItsReasonAndEndsItsSessions() {
		IssuedPassword issued = createBinh();
		this.administration.deactivate(issued.userId(), "Chuyển công tác");
		UserSummary user = this.directory.find(issued.userId());
		assertThat(user.active()).isFalse();
		assertThat(user.deactivationReason()).isEqualTo("Chuyển công tác");
		verify(this.sessions).endAll("binh.le");
		this.administration.reactivate(issued.userId());
		assertThat(this.directory.find(issued.userId()).active()).isTrue();
	}

	@Test
	void administratorCannotDeactivateThemselves() {
		IssuedPassword admin = this.administration
			.create(new NewUser("quantri", "Quản trị", UnitId.of(901), Set.of(Role.ADMIN)));
		signIn(IdentityFixtures.signedIn(admin.userId(), "quantri", 901, false, Role.ADMIN));
		assertThatThrownBy(() -> this.administration.deactivate(admin.userId(), "thử"))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void resetIssuesANewTemporaryPassword() {
		IssuedPassword first = createBinh();
		IssuedPassword second = this.administration.resetPassword(first.userId());
		UserAccount account = this.users.findById(first.userId()).orElseThrow();
		assertThat(second.temporaryPassword()).isNotEqualTo(first.temporaryPassword());
		assertThat(this.encoder.matches(second.temporaryPassword(), account.getPasswordHash())).isTrue();
		assertThat(account.isMustChangePassword()).isTrue();
		verify(this.sessions).endAll("binh.le");
	}

	@Test
	void searchMatchesNameRoleStatusAndTreatsWildcardsLiterally() {
		createBinh();
		this.administration.create(new NewUser("an_nguyen", "Nguyễn An", UnitId.of(903), Set.of(Role.TEAM_LEADER)));
		assertThat(usernames(new UserFilter("bình", null, null, null))).containsExactly("binh.le");
		assertThat(usernames(new UserFilter(null, null, Role.TEAM_LEADER, null))).containsExactly("an_nguyen");
		assertThat(usernames(new UserFilter(null, 902L, null, true))).containsExactly("binh.le");
		assertThat(usernames(new UserFilter("%", null, null, null))).isEmpty();
		assertThat(usernames(new UserFilter("_", null, null, null))).containsExactly("an_nguyen");
	}

	@Test
	void ownPasswordChangeNeedsTheCurrentPassword() {
		IssuedPassword issued = createBinh();
		signIn(IdentityFixtures.signedIn(issued.userId(), "binh.le", 902, true, Role.MEDIATOR));
		assertThatThrownBy(() -> this.accounts.changePassword("sai mat khau", "Trăng sáng trên đồi chè"))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.field()).isEqualTo("currentPassword"));
	}

	@Test
	void ownPasswordMayNotNameTheUnit() {
		IssuedPassword issued = createBinh();
		signIn(IdentityFixtures.signedIn(issued.userId(), "binh.le", 902, true, Role.MEDIATOR));
		assertThatThrownBy(() -> this.accounts.changePassword(issued.temporaryPassword(), "ducxuan2025!!"))
			.isInstanceOfSatisfying(PasswordRefused.class,
					(ex) -> assertThat(ex.reasons()).contains(PasswordPolicy.CONTEXT));
		assertThatThrownBy(() -> this.accounts.changePassword(issued.temporaryPassword(), "yêu Thái Nguyên lắm"))
			.isInstanceOfSatisfying(PasswordRefused.class,
					(ex) -> assertThat(ex.reasons()).contains(PasswordPolicy.CONTEXT));
	}

	@Test
	void ownPasswordChangeLiftsTheTemporaryFlag() {
		IssuedPassword issued = createBinh();
		signIn(IdentityFixtures.signedIn(issued.userId(), "binh.le", 902, true, Role.MEDIATOR));
		this.accounts.changePassword(issued.temporaryPassword(), "Trăng sáng trên đồi chè");
		UserAccount account = this.users.findById(issued.userId()).orElseThrow();
		assertThat(account.isMustChangePassword()).isFalse();
		assertThat(this.encoder.matches("Trăng sáng trên đồi chè", account.getPasswordHash())).isTrue();
		assertThat(this.accounts.profile().unitName()).isEqualTo("Phường Đức Xuân");
	}

	@Test
	void callerHasTheSessionsRolesWithTodaysNames() {
		IssuedPassword issued = createBinh();
		long version = this.directory.find(issued.userId()).version();
		this.administration.update(issued.userId(),
				new UserChanges(version, "Lê Văn Bình Minh", UnitId.of(902), Set.of(Role.COMMUNE_OFFICER)));
		this.users.flush();
		signIn(IdentityFixtures.signedIn(issued.userId(), "binh.le", 902, false, Role.COMMUNE_OFFICER));

		Caller caller = this.accounts.caller();

		assertThat(caller).isEqualTo(new Caller("binh.le", "Lê Văn Bình Minh", Set.of(Role.COMMUNE_OFFICER),
				UnitId.of(902), "Phường Đức Xuân"));
	}

	private IssuedPassword createBinh() {
		return this.administration
			.create(new NewUser("binh.le", "Lê Văn Bình", UnitId.of(902), Set.of(Role.COMMUNE_OFFICER)));
	}

	private java.util.List<String> usernames(UserFilter filter) {
		Page<UserSummary> page = this.directory.search(filter, 0);
		return page.map(UserSummary::username).getContent();
	}

	private static void signIn(UserDetails user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	static class Settings {

		@Bean
		PasswordEncoder passwordEncoder() {
			return new NormalisingPasswordEncoder(new BCryptPasswordEncoder(4));
		}

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}

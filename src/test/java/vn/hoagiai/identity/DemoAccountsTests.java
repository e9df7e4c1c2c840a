package vn.hoagiai.identity;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.shared.Deployment;
import vn.hoagiai.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ImportAutoConfiguration(JdbcClientAutoConfiguration.class)
@Import({ UnitDirectory.class, AuditTrail.class, DemoAccountsTests.Settings.class })
class DemoAccountsTests {

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private UnitDirectory units;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private JdbcClient jdbc;

	@MockitoBean
	private Deployment deployment;

	@Test
	void createsFiveDemoAccountsHashingThePasswordOnce() {
		clearInvocations(this.encoder);
		demoUnits();
		loader().load();
		List<UserAccount> accounts = this.users.findAll();
		assertThat(accounts).extracting(UserAccount::getUsername)
			.containsExactlyInAnyOrder("admin", "sotuphap", "tuphap.ducxuan", "tuphap.duongquang", "mttq");
		assertThat(accounts).allMatch(UserAccount::isDemoPassword).noneMatch(UserAccount::isMustChangePassword);
		assertThat(accounts).extracting(UserAccount::getPasswordHash).containsOnly(accounts.get(0).getPasswordHash());
		assertThat(this.encoder.matches(Deployment.DEMO_PASSWORD, accounts.get(0).getPasswordHash())).isTrue();
		verify(this.encoder, times(1)).encode(any());
		UserAccount ducXuan = this.users.findByUsername("tuphap.ducxuan").orElseThrow();
		assertThat(ducXuan.getRoles()).containsExactly(Role.COMMUNE_OFFICER);
		assertThat(ducXuan.getUnitId().value()).isEqualTo(2002);
		assertThat(this.users.countWithDemoPassword()).isEqualTo(5);
	}

	@Test
	void skipsWhenTheDemoUnitsAreMissing() {
		loader().load();
		assertThat(this.users.count()).isZero();
	}

	@Test
	void leavesAnExistingUserBaseAlone() {
		demoUnits();
		loader().load();
		loader().load();
		assertThat(this.users.count()).isEqualTo(5);
	}

	private DemoAccounts loader() {
		return new DemoAccounts(this.deployment, this.users, this.units, this.encoder, this.audit,
				new TransactionTemplate());
	}

	private void demoUnits() {
		this.jdbc.sql("""
				insert into org_unit (id, type, name, valid_from, created_at, updated_at) values
				  (2001, 'PROVINCE', 'Tỉnh Thái Nguyên', date '2025-07-01', now(), now()),
				  (2002, 'WARD', 'Phường Đức Xuân', date '2025-07-01', now(), now()),
				  (2003, 'COMMUNE', 'Xã Dương Quang', date '2025-07-01', now(), now())""").update();
	}

	static class Settings {

		@Bean
		PasswordEncoder passwordEncoder() {
			return spy(new NormalisingPasswordEncoder(new BCryptPasswordEncoder(4)));
		}

	}

}

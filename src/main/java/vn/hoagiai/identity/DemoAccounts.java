package vn.hoagiai.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitView;
import vn.hoagiai.shared.Deployment;
import vn.hoagiai.shared.Role;
import vn.hoagiai.shared.UnitId;

/**
 * In a demo deployment with no users yet, creates the demo accounts with the published
 * demo password, after the organization module's demo units (order 10).
 */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

	static final String PROVINCE = "Tỉnh Thái Nguyên";

	static final String WARD = "Phường Đức Xuân";

	static final String COMMUNE = "Xã Dương Quang";

	static final List<Demo> ACCOUNTS = List.of(new Demo("admin", "Quản trị hệ thống", PROVINCE, Role.ADMIN),
			new Demo("sotuphap", "Sở Tư pháp tỉnh Thái Nguyên", PROVINCE, Role.PROVINCE_OFFICER),
			new Demo("tuphap.ducxuan", "Công chức Tư pháp phường Đức Xuân", WARD, Role.COMMUNE_OFFICER),
			new Demo("tuphap.duongquang", "Công chức Tư pháp xã Dương Quang", COMMUNE, Role.COMMUNE_OFFICER),
			new Demo("mttq", "Ủy ban MTTQ tỉnh Thái Nguyên", PROVINCE, Role.PARTNER));

	/** Accounts of a team in Đức Xuân, scoped to the ward's first residential group. */
	static final List<Demo> TEAM_ACCOUNTS = List.of(
			new Demo("totruong.demo", "Tổ trưởng tổ hòa giải (dùng thử)", null, Role.TEAM_LEADER),
			new Demo("hgv.demo", "Hòa giải viên (dùng thử)", null, Role.MEDIATOR));

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final Deployment deployment;

	private final UserAccountRepository users;

	private final UnitDirectory units;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	DemoAccounts(Deployment deployment, UserAccountRepository users, UnitDirectory units, PasswordEncoder encoder,
			AuditTrail audit, TransactionTemplate transaction) {
		this.deployment = deployment;
		this.users = users;
		this.units = units;
		this.encoder = encoder;
		this.audit = audit;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.deployment.demo()) {
			this.transaction.executeWithoutResult((status) -> load());
		}
	}

	void load() {
		if (this.users.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now();
		for (String name : List.of(PROVINCE, WARD, COMMUNE)) {
			if (this.units.findByName(name, today).isEmpty()) {
				log.warn("Demo accounts not created: unit \"{}\" is missing (organization demo data not loaded?)",
						name);
				return;
			}
		}
		String hash = this.encoder.encode(Deployment.DEMO_PASSWORD);
		for (Demo demo : ACCOUNTS) {
			create(demo, this.units.findByName(demo.unitName(), today).orElseThrow().id(), hash);
		}
		UnitId ward = this.units.findByName(WARD, today).orElseThrow().id();
		Optional<UnitView> village = this.units.children(ward, today).stream().findFirst();
		village.ifPresent((v) -> TEAM_ACCOUNTS.forEach((demo) -> create(demo, v.id(), hash)));
		log.info("Created {} demo accounts", ACCOUNTS.size() + (village.isPresent() ? TEAM_ACCOUNTS.size() : 0));
	}

	private void create(Demo demo, UnitId unit, String hash) {
		UserAccount account = new UserAccount(demo.username(), demo.displayName(), unit, Set.of(demo.role()), hash);
		account.markDemoPassword();
		account = this.users.save(account);
		this.audit.created("User", account.getId(), account.getUnitId(),
				Changes.of("username", null, demo.username()).note("password", "demo"));
	}

	record Demo(String username, String displayName, String unitName, Role role) {
	}

}

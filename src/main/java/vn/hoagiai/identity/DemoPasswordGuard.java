package vn.hoagiai.identity;

import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.hoagiai.shared.Deployment;

/**
 * Refuses to run a server database (PostgreSQL) while an account still has the published
 * demo password, unless the operator allowed it for a test or training server. Runs after
 * the demo loaders; throwing here makes the start fail.
 */
@Component
@Order(30)
class DemoPasswordGuard implements ApplicationRunner {

	static final String PROPERTY = "hoagiai.identity.allow-demo-passwords";

	private final Deployment deployment;

	private final UserAccountRepository users;

	private final IdentityProperties properties;

	DemoPasswordGuard(Deployment deployment, UserAccountRepository users, IdentityProperties properties) {
		this.deployment = deployment;
		this.users = users;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.deployment.embeddedDatabase() || this.properties.allowDemoPasswords()) {
			return;
		}
		refusal(false, false, this.users.countWithDemoPassword()).ifPresent((message) -> {
			throw new IllegalStateException(message);
		});
	}

	/** Why the application must not start, if it must not. */
	static Optional<String> refusal(boolean embeddedDatabase, boolean allowed, long accountsWithDemoPassword) {
		if (embeddedDatabase || allowed || accountsWithDemoPassword == 0) {
			return Optional.empty();
		}
		return Optional.of(("""
				%1$d tài khoản vẫn dùng mật khẩu dùng thử công khai trên cơ sở dữ liệu máy chủ. \
				Hãy đổi mật khẩu các tài khoản đó (đăng nhập và đổi, hoặc đặt lại tại trang Quản trị > Người dùng), \
				hoặc chỉ trên máy chủ thử nghiệm/tập huấn đặt %2$s=true. \
				/ %1$d account(s) still use the published demo password on a server database. \
				Change those passwords (sign in and change them, or reset them on the Admin > Users page), \
				or, on a test or training server only, set %2$s=true.""").formatted(accountsWithDemoPassword,
				PROPERTY));
	}

}

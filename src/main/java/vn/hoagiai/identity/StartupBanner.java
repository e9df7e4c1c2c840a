package vn.hoagiai.identity;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.hoagiai.shared.Deployment;

/**
 * Tells whoever started the application where to open it and, in a demo, how to sign in.
 */
@Component
class StartupBanner {

	private final Deployment deployment;

	StartupBanner(Deployment deployment) {
		this.deployment = deployment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready(ApplicationReadyEvent event) {
		System.out.println(text(event.getApplicationContext().getEnvironment()));
	}

	String text(Environment environment) {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		StringBuilder banner = new StringBuilder("\n==================================================\n");
		banner.append("  hoagiai đã sẵn sàng / is ready: http://localhost:").append(port).append('\n');
		if (this.deployment.demo()) {
			banner.append("  Tài khoản dùng thử / demo accounts: ");
			banner.append(String.join(", ",
					java.util.stream.Stream.concat(DemoAccounts.ACCOUNTS.stream(), DemoAccounts.TEAM_ACCOUNTS.stream())
						.map(DemoAccounts.Demo::username)
						.toList()));
			banner.append("\n  Mật khẩu / password: ").append(Deployment.DEMO_PASSWORD).append('\n');
		}
		return banner.append("==================================================\n").toString();
	}

}

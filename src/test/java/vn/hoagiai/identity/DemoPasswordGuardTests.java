package vn.hoagiai.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPasswordGuardTests {

	@Test
	void refusesServerDatabaseWhileDemoPasswordsRemain() {
		assertThat(DemoPasswordGuard.refusal(false, false, 5)).hasValueSatisfying((message) -> {
			assertThat(message).contains("mật khẩu dùng thử").contains("demo password");
			assertThat(message).contains(DemoPasswordGuard.PROPERTY + "=true").contains("5");
		});
	}

	@Test
	void startsOnEmbeddedDatabaseWithDemoPasswords() {
		assertThat(DemoPasswordGuard.refusal(true, false, 5)).isEmpty();
	}

	@Test
	void startsOnServerDatabaseWhenOperatorAllowsDemoPasswords() {
		assertThat(DemoPasswordGuard.refusal(false, true, 5)).isEmpty();
	}

	@Test
	void startsOnServerDatabaseOnceEveryDemoPasswordIsChanged() {
		assertThat(DemoPasswordGuard.refusal(false, false, 0)).isEmpty();
	}

}

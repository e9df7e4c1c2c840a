package vn.hoagiai.identity;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import vn.hoagiai.shared.Deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class StartupBannerTests {

	@Test
	void demoBannerNamesTheUrlTheAccountsAndThePassword() {
		Deployment demo = mock(Deployment.class);
		given(demo.demo()).willReturn(true);
		String text = new StartupBanner(demo).text(new MockEnvironment().withProperty("local.server.port", "8123"));
		assertThat(text).contains("http://localhost:8123")
			.contains("tuphap.ducxuan")
			.contains("mttq")
			.contains(Deployment.DEMO_PASSWORD);
	}

	@Test
	void productionBannerKeepsQuietAboutDemoAccounts() {
		String text = new StartupBanner(mock(Deployment.class))
			.text(new MockEnvironment().withProperty("local.server.port", "8080"));
		assertThat(text).contains("http://localhost:8080").doesNotContain(Deployment.DEMO_PASSWORD);
	}

}

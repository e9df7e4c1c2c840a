package vn.hoagiai;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.support.Browser;
import vn.hoagiai.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of a commune justice officer on a phone-sized screen: sign in, switch to
 * English and back, see the residential groups of the ward.
 */
@IntegrationTest
class SignInBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private ChromeDriver driver;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
		// Other tests read this account's pages in Vietnamese, even if this one stopped
		// midway.
		this.jdbc.sql("update idn_user set locale = 'vi' where username = 'tuphap.ducxuan'").update();
	}

	@Test
	void communeOfficerSignsInSwitchesLanguageAndSeesTheirVillages() throws Exception {
		this.driver = Browser.start();
		this.driver.get(url("/"));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");

		signIn();
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).contains("Phường Đức Xuân");
		assertThat(this.driver.getPageSource()).contains("Tổ dân phố 1", "Đơn vị trực thuộc");

		menu(By.linkText("English"));
		assertThat(this.driver.getPageSource()).contains("Units below").doesNotContain("Đơn vị trực thuộc");
		Browser.screenshot(this.driver, "home-en");

		menu(By.cssSelector("form[action$='/logout'] button"));
		signIn();
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

		menu(By.linkText("Tiếng Việt"));
		assertThat(this.driver.getPageSource()).contains("Đơn vị trực thuộc", "Tổ dân phố 1");
		Browser.screenshot(this.driver, "home-ducxuan");
	}

	private void signIn() {
		this.driver.findElement(By.id("username")).sendKeys("tuphap.ducxuan");
		this.driver.findElement(By.id("password")).sendKeys(Deployment.DEMO_PASSWORD);
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		// The login page has a navbar too: wait until the browser has left it.
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** Opens the collapsed phone menu and clicks an entry. */
	private void menu(By entry) {
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		WebElement page = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(By.cssSelector(".navbar-toggler")).click();
		wait.until(ExpectedConditions.elementToBeClickable(entry)).click();
		// The new page has replaced the old one before anything on it is read.
		wait.until(ExpectedConditions.stalenessOf(page));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

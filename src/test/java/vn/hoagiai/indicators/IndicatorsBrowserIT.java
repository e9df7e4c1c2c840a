package vn.hoagiai.indicators;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.support.Browser;
import vn.hoagiai.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province officer on a phone: the province's indicators, the trend charts drawn by
 * Chart.js, a commune from the child table, and the teams behind its consolidation
 * figure.
 */
@IntegrationTest
class IndicatorsBrowserIT {

	@LocalServerPort
	int port;

	private ChromeDriver driver;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void provinceOfficerDrillsDownFromTheProvinceToTheTeamsBehindANumber() throws Exception {
		this.driver = Browser.start();
		this.driver.get("http://localhost:" + this.port + "/indicators");
		this.driver.findElement(By.id("username")).sendKeys("sotuphap");
		this.driver.findElement(By.id("password")).sendKeys(Deployment.DEMO_PASSWORD);
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(20));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tile-TEAMS_CONSOLIDATED")));
		assertThat(this.driver.findElement(By.id("dashboard-title")).getText()).contains("Tỉnh Thái Nguyên");
		// Chart.js replaces nothing but sizes the canvas once the trend answer arrived
		wait.until((d) -> d.findElements(By.cssSelector("canvas.trend-chart"))
			.stream()
			.anyMatch((c) -> c.getAttribute("style") != null && c.getAttribute("style").contains("width")));
		Browser.screenshot(this.driver, "indicators-province");

		// on a phone the child table lies far below the charts: open the link it holds
		this.driver.get(this.driver.findElement(By.linkText("Phường Đức Xuân")).getAttribute("href"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard-title"), "Phường Đức Xuân"));
		assertThat(this.driver.findElement(By.id("children-table")).getText()).contains("Tổ hòa giải Tổ dân phố 1");

		this.driver.findElement(By.cssSelector("#tile-TEAMS_CONSOLIDATED .tile-value a")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("records-table")));
		assertThat(this.driver.findElement(By.id("records-title")).getText()).contains("Phường Đức Xuân");
		Browser.screenshot(this.driver, "indicators-records");
	}

}

package vn.hoagiai.plans;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.support.Browser;
import vn.hoagiai.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commune officer of Đức Xuân, acting for the ward's People's Committee (a lead
 * agency of task 3.2), opens "my agency's tasks", marks this year's training done with a
 * file as evidence, and the plan's grid shows the task done this year.
 */
@IntegrationTest
class PlanProgressBrowserIT {

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
	void agencyUserMarksATaskDoneWithEvidenceAndTheGridShowsIt() throws Exception {
		int year = LocalDate.now().getYear();
		Path evidence = Files.createDirectories(Path.of("target")).resolve("bien-ban-tap-huan.pdf");
		Files.writeString(evidence, "%PDF-1.4 biên bản tập huấn");
		this.driver = Browser.start();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
		this.driver.get(url("/login"));
		this.driver.findElement(By.id("username")).sendKeys("tuphap.ducxuan");
		this.driver.findElement(By.id("password")).sendKeys(Deployment.DEMO_PASSWORD);
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		this.driver.get(url("/plans/mine?year=" + year));
		this.driver.findElement(By.cssSelector("#leading a[href*='/years/" + year + "']"));
		String task = this.driver.findElements(By.cssSelector("#leading tbody tr"))
			.stream()
			.filter((row) -> row.getText().startsWith("3.2"))
			.findFirst()
			.orElseThrow()
			.findElement(By.tagName("a"))
			.getAttribute("href");
		this.driver.get(task);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-form")));

		this.driver.findElement(By.id("file-label")).sendKeys("Biên bản lớp tập huấn");
		this.driver.findElement(By.id("file")).sendKeys(evidence.toAbsolutePath().toString());
		click(By.id("add-file"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-added")));
		assertThat(this.driver.findElement(By.id("evidence")).getText()).contains("Biên bản lớp tập huấn");

		new Select(this.driver.findElement(By.id("status"))).selectByValue("DONE");
		this.driver.findElement(By.id("responsible")).clear();
		this.driver.findElement(By.id("responsible")).sendKeys("Hoàng Thị Hường");
		this.driver.findElement(By.id("note")).sendKeys("Đã tổ chức lớp tập huấn cho hòa giải viên");
		click(By.id("save-year"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
		assertThat(this.driver.findElement(By.id("year-status")).getText()).isEqualTo("Hoàn thành");
		Browser.screenshot(this.driver, "plan-year-done");

		click(By.cssSelector(".breadcrumb a[href$='/grid']"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-grid")));
		assertThat(this.driver.findElement(By.id("cell-3.2-" + year)).getAttribute("data-status")).isEqualTo("DONE");
		Browser.screenshot(this.driver, "plan-grid");
	}

	/**
	 * Scrolls the element to the middle of the narrow window first, as a person would.
	 */
	private void click(By locator) {
		WebElement element = this.driver.findElement(locator);
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

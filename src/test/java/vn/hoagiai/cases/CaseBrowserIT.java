package vn.hoagiai.cases;

import java.time.Duration;

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
 * A team leader on a phone (390 px wide) receives a case, records a session and closes it
 * as successful with the agreement.
 */
@IntegrationTest
class CaseBrowserIT {

	@LocalServerPort
	int port;

	private ChromeDriver driver;

	private WebDriverWait wait;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void leaderReceivesACaseRecordsASessionAndClosesItAsSuccessfulOnAPhone() throws Exception {
		this.driver = Browser.start();
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
		signIn("totruong.demo");

		this.driver.get(url("/cases/new"));
		assertThat(this.driver.executeScript("return window.innerWidth")).isEqualTo(390L);
		assertThat((Long) this.driver.executeScript("return document.documentElement.scrollWidth"))
			.as("no sideways scrolling on a 390 px phone")
			.isLessThanOrEqualTo(390L);
		new Select(this.driver.findElement(By.id("fieldCode"))).selectByValue("NEIGHBOUR");
		this.driver.findElement(By.id("content")).sendKeys("Tranh chấp lối đi sau nhà");
		this.driver.findElement(By.id("parties[0].fullName")).sendKeys("Nông Văn Thử");
		this.driver.findElement(By.id("parties[1].fullName")).sendKeys("Bế Thị Nghiệm");
		Browser.screenshot(this.driver, "case-intake-phone");
		submit("intake-form");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-title")));
		assertThat(this.driver.findElement(By.id("parties")).getText()).contains("Nông Văn Thử", "Bế Thị Nghiệm");

		open("session-panel");
		this.driver.findElement(By.id("place")).sendKeys("Nhà văn hóa tổ");
		submit("session-form");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
		assertThat(this.driver.findElement(By.id("timeline")).getText()).contains("Nhà văn hóa tổ");

		open("outcome-panel");
		new Select(this.driver.findElement(By.id("result"))).selectByValue("SUCCESSFUL");
		new Select(this.driver.findElement(By.id("endReason"))).selectByValue("AGREEMENT");
		this.driver.findElement(By.id("agreement")).sendKeys("Hai bên mở lại lối đi rộng 1,5 m");
		submit("outcome-form");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreement")));
		assertThat(this.driver.findElement(By.id("case-outcome")).getText()).contains("Hòa giải thành",
				"Hai bên mở lại lối đi rộng 1,5 m");
		assertThat(this.driver.findElement(By.id("follow-ups")).getText()).isNotBlank();
		Browser.screenshot(this.driver, "case-successful-phone");
		// The written record: the link the phone would follow, fetched with its session,
		// read back as PDF text.
		String href = this.driver.findElement(By.id("agreement-pdf")).getAttribute("href");
		String session = this.driver.manage().getCookieNamed("HOAGIAI_SESSION").getValue();
		java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
				.header("Cookie", "HOAGIAI_SESSION=" + session)
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/pdf"));
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Nông Văn Thử", "Bế Thị Nghiệm", "Hai bên mở lại lối đi rộng 1,5 m");
		}
	}

	private void open(String panel) {
		WebElement summary = this.driver.findElement(By.cssSelector("#" + panel + " > summary"));
		((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView(true);",
				summary);
		summary.click();
	}

	/** Submits the form and waits for the next page, not an element the old page had. */
	private void submit(String form) {
		WebElement old = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(By.id(form)).submit();
		this.wait.until(ExpectedConditions.stalenessOf(old));
	}

	private void signIn(String username) {
		this.driver.get(url("/login"));
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(Deployment.DEMO_PASSWORD);
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

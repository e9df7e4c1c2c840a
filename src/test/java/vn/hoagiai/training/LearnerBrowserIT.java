package vn.hoagiai.training;

import java.time.Duration;
import java.util.List;

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
 * The demo mediator, on a 390 px wide window, opens a library item they had not opened,
 * takes a quiz, passes and opens the certificate, whose code the public page confirms.
 */
@IntegrationTest
class LearnerBrowserIT {

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
	}

	@Test
	void mediatorOpensAnItemTakesAQuizAndGetsTheCertificate() throws Exception {
		this.driver = Browser.start();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		this.driver.get(url("/login"));
		this.driver.findElement(By.id("username")).sendKeys("hgv.demo");
		this.driver.findElement(By.id("password")).sendKeys(Deployment.DEMO_PASSWORD);
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		this.driver.get(url("/library?unopened=true"));
		WebElement item = this.driver.findElement(By.cssSelector("#item-list li a"));
		String title = item.getText();
		item.click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("opened-note")));
		assertThat(this.driver.findElement(By.id("item-title")).getText()).isEqualTo(title);
		Browser.screenshot(this.driver, "library-item-390");

		this.driver.get(url("/quizzes"));
		this.driver.findElement(By.cssSelector(".start-quiz")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-quiz")));
		long attempt = Long.parseLong(this.driver.getCurrentUrl().replaceAll(".*/attempts/(\\d+).*", "$1"));
		for (Long choice : rightChoices(attempt)) {
			WebElement input = this.driver.findElement(By.id("c" + choice));
			// A click by script: on a 390 px window the fixed parts of the page may cover
			// the box the browser scrolled to.
			this.driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", input);
		}
		Browser.screenshot(this.driver, "quiz-390");
		WebElement submit = this.driver.findElement(By.id("submit-quiz"));
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", submit);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-result")));
		assertThat(this.driver.findElement(By.id("quiz-result")).getText()).contains("Đạt");

		this.driver.findElement(By.id("certificate-link")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("certificate-title")));
		String code = this.driver.getCurrentUrl().replaceAll(".*/certificates/", "");
		Browser.screenshot(this.driver, "certificate-390");
		String holder = this.jdbc.sql("select holder_name from trn_certificate where code = :c")
			.param("c", code)
			.query(String.class)
			.single();
		assertThat(certificatePdf(this.driver.findElement(By.id("certificate-pdf")).getAttribute("href")))
			.contains(holder.replace(" ", ""), code, "/xac-minh/" + code);

		this.driver.get(url("/xac-minh/" + code));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verified")));
		assertThat(this.driver.findElement(By.id("verified")).getText()).contains(code);
	}

	/** The PDF the certificate page links, fetched in the browser's session, as text. */
	private String certificatePdf(String href) throws Exception {
		String session = this.driver.manage().getCookieNamed("HOAGIAI_SESSION").getValue();
		java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
				.header("Cookie", "HOAGIAI_SESSION=" + session)
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

	private List<Long> rightChoices(long attempt) {
		return this.jdbc
			.sql("select c.id from trn_attempt_question q join trn_choice c on c.question_id = q.question_id "
					+ "where q.attempt_id = :a and c.correct = true")
			.param("a", attempt)
			.query(Long.class)
			.list();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

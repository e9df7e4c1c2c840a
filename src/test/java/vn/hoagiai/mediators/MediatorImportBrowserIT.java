package vn.hoagiai.mediators;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * A commune officer imports a mediator list from Excel, checks the preview, confirms,
 * then finds the new mediator by typing the name without accents.
 */
@IntegrationTest
class MediatorImportBrowserIT {

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
	void officerImportsAListAndFindsAMediatorWithoutAccents() throws Exception {
		Path file = workbook(village());
		this.driver = Browser.start();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		this.driver.get(url("/login"));
		this.driver.findElement(By.id("username")).sendKeys("tuphap.ducxuan");
		this.driver.findElement(By.id("password")).sendKeys(Deployment.DEMO_PASSWORD);
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		this.driver.get(url("/mediators/import"));
		this.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		this.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-import")));
		assertThat(this.driver.getPageSource()).contains("Ma Thị Thử Nghiệm", "Lục Văn Kiểm");
		Browser.screenshot(this.driver, "import-preview");

		this.driver.findElement(By.id("confirm-import")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
		assertThat(this.driver.getPageSource()).contains("Đã nhập 2 hòa giải viên");

		this.driver.findElement(By.id("q")).sendKeys("ma thi thu nghiem");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mediators-table"), "Ma Thị Thử Nghiệm"));
		assertThat(this.driver.findElement(By.id("mediators-table")).getText()).doesNotContain("Lục Văn Kiểm");
		Browser.screenshot(this.driver, "import-search");
	}

	private String village() {
		return this.jdbc
			.sql("select u.name from med_team t join org_unit u on u.id = t.unit_id "
					+ "join org_unit_parent p on p.unit_id = u.id and p.valid_to is null "
					+ "join org_unit c on c.id = p.parent_id where c.name = 'Phường Đức Xuân' and t.status = 'ACTIVE' "
					+ "order by u.name desc limit 1")
			.query(String.class)
			.single();
	}

	private static Path workbook(String village) throws Exception {
		String[] headers = MediatorImportIT.HEADERS;
		Path file = Path.of("target", "import-browser.xlsx");
		Files.createDirectories(file.getParent());
		try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Row header = book.createSheet("Hòa giải viên").createRow(0);
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(headers[i]);
			}
			String[][] rows = { { "1", "Ma Thị Thử Nghiệm", "Nữ", "1980", "Tày" },
					{ "2", "Lục Văn Kiểm", "Nam", "1972", "Nùng" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = book.getSheetAt(0).createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
				row.createCell(6).setCellValue(village);
			}
			book.write(out);
		}
		return file;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

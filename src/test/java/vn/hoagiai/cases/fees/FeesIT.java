package vn.hoagiai.cases.fees;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.cases.documents.CaseApiDriver;
import vn.hoagiai.support.HttpSession;
import vn.hoagiai.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fees on the demo data: closing a case computes its mediator's fee at the province's
 * demo rate; the officer lists it, pays it once (a second payment is refused), exports
 * the paid list; another commune's officer cannot pay it; overlapping rates are refused.
 */
@IntegrationTest
class FeesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void closingComputesTheFeeWhichIsPaidOnceAndExported() throws IOException {
		CaseApiDriver driver = new CaseApiDriver(this.port, this.jdbc);
		long team = driver.teamIn("Phường Đức Xuân");
		HttpSession officer = driver.signedIn("tuphap.ducxuan");
		long caseId = driver.closedSuccessfully(officer, team, "Hà Văn Phúc", "Hai bên thống nhất");
		long fee = this.jdbc.sql("select id from cas_fee where case_id = :id")
			.param("id", caseId)
			.query(Long.class)
			.single();
		assertThat(
				this.jdbc.sql("select amount from cas_fee where id = :id").param("id", fee).query(Long.class).single())
			.isEqualTo(200_000L);

		String toPay = officer.getJson("/api/v1/fees?state=TO_PAY&from=" + LocalDate.now().minusDays(1)).body();
		assertThat(toPay).contains("\"id\":" + fee, "\"amount\":200000", "toPayAmount");
		assertThat(officer.get("/fees").body()).contains("id=\"fee-" + fee + "\"");

		HttpSession other = driver.signedIn("tuphap.duongquang");
		HttpResponse<String> foreign = other.send(driver.json(other, "/api/v1/fees/payments", payment(fee)));
		assertThat(foreign.statusCode()).isEqualTo(404);
		HttpResponse<String> paid = officer.send(driver.json(officer, "/api/v1/fees/payments", payment(fee)));
		assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
		HttpResponse<String> again = officer.send(driver.json(officer, "/api/v1/fees/payments", payment(fee)));
		assertThat(again.statusCode()).isIn(409, 422);

		HttpResponse<byte[]> xlsx = officer
			.download("/fees/export.xlsx?state=PAID&from=" + LocalDate.now().minusDays(1), "*/*");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			DataFormatter cells = new DataFormatter();
			StringBuilder text = new StringBuilder();
			book.getSheetAt(0)
				.forEach((row) -> row.forEach((cell) -> text.append(cells.formatCellValue(cell)).append('|')));
			assertThat(text).contains("200000", "PC-IT", "Hòa giải thành");
		}
	}

	@Test
	void demoCasesCarryTheirFeesByTheSameRule() {
		long closedWithoutFee = this.jdbc
			.sql("select count(*) from cas_case c join cas_assignment a on a.case_id = c.id "
					+ "where c.status = 'CLOSED' and c.result is not null and not exists "
					+ "(select 1 from cas_fee f where f.case_id = c.id and f.mediator_id = a.mediator_id)")
			.query(Long.class)
			.single();

		assertThat(closedWithoutFee).isZero();
		assertThat(count("eligible and result = 'SUCCESSFUL' and amount = 200000 and paid_on is not null"))
			.isPositive();
		assertThat(count("eligible and result = 'UNSUCCESSFUL' and amount = 150000")).isPositive();
		assertThat(count("not eligible and reason is not null and amount is null")).isPositive();
	}

	private long count(String condition) {
		return this.jdbc.sql("select count(*) from cas_fee where " + condition).query(Long.class).single();
	}

	@Test
	void provinceOfficerKeepsRatesAndOverlapsAreRefused() {
		CaseApiDriver driver = new CaseApiDriver(this.port, this.jdbc);
		HttpSession province = driver.signedIn("sotuphap");
		assertThat(province.get("/fees/rates").body()).contains("Tỉnh Thái Nguyên");
		long thaiNguyen = this.jdbc.sql("select id from org_unit where name = 'Tỉnh Thái Nguyên'")
			.query(Long.class)
			.single();
		HttpResponse<String> overlap = province.send(driver.json(province, "/api/v1/fee-rates",
				"{\"provinceId\":" + thaiNguyen + ",\"successful\":180000,\"unsuccessful\":120000,\"ceiling\":200000,"
						+ "\"legalBasis\":\"Nghị quyết thử\",\"validFrom\":\"2026-01-01\"}"));
		assertThat(overlap.statusCode()).isEqualTo(422);
		assertThat(overlap.body()).contains("validFrom");
		HttpResponse<String> byCommune = driver.signedIn("tuphap.ducxuan").getJson("/api/v1/fee-rates");
		assertThat(byCommune.statusCode()).isEqualTo(200);
	}

	private static String payment(long fee) {
		long version = 0;
		return "{\"versions\":{\"" + fee + "\":" + version + "},\"paidOn\":\"" + LocalDate.now()
				+ "\",\"reference\":\"PC-IT\"}";
	}

}

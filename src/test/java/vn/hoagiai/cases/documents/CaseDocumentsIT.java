package vn.hoagiai.cases.documents;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoagiai.support.HttpSession;
import vn.hoagiai.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The written record and the register book through the API on the demo data: a case taken
 * in, mediated and closed as successful gets its record; an open case is refused with the
 * reason; another commune's officer gets 404; the book lists the case at its register
 * number, and a partner's copy carries no party name.
 */
@IntegrationTest
class CaseDocumentsIT {

	private static final String PDF = "application/pdf";

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void successfulCaseGetsItsWrittenRecordOthersAreRefusedOr404() throws IOException {
		long team = teamIn("Phường Đức Xuân");
		HttpSession officer = signedIn("tuphap.ducxuan");
		long id = closedSuccessfully(officer, team);

		HttpResponse<byte[]> pdf = officer.download("/api/v1/cases/" + id + "/agreement.pdf", PDF);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue(PDF);
		assertThat(text(pdf.body())).contains("VĂN BẢN HÒA GIẢI THÀNH", "Lê Văn Khải", "Hai bên mở lại lối đi chung");
		HttpResponse<byte[]> docx = officer.download("/api/v1/cases/" + id + "/agreement.docx", DOCX);
		assertThat(docx.statusCode()).isEqualTo(200);
		assertThat(docx.headers().firstValue("Content-Disposition").orElse("")).contains(".docx");

		long open = driver().intake(officer, team, "Ma Văn Tùng");
		HttpResponse<String> refused = officer
			.send(HttpRequest.newBuilder(URI.create(officer.url("/api/v1/cases/" + open + "/agreement.pdf")))
				.header("Accept", "application/json")
				.GET());
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("hòa giải thành");
		assertThat(signedIn("tuphap.duongquang").download("/api/v1/cases/" + id + "/agreement.pdf", PDF).statusCode())
			.isEqualTo(404);
		assertThat(this.jdbc
			.sql("select count(*) from aud_event where action = 'EXPORT' and record_type = "
					+ "'AgreementRecord' and record_id = :id")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void registerBookListsTheCaseAtItsNumberAndMasksItForAPartner() throws IOException {
		long team = teamIn("Phường Đức Xuân");
		HttpSession officer = signedIn("tuphap.ducxuan");
		long id = closedSuccessfully(officer, team);
		int number = this.jdbc.sql("select register_number from cas_case where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		int year = LocalDate.now().minusDays(2).getYear();

		HttpResponse<byte[]> book = officer.download("/api/v1/teams/" + team + "/register?year=" + year, PDF);
		assertThat(book.statusCode()).isEqualTo(200);
		assertThat(text(book.body())).contains("SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ", "Lê Văn Khải",
				"Hai bên mở lại lối đi chung");
		assertThat(officer.download("/api/v1/teams/" + team + "/register?year=" + year + "&format=docx", PDF)
			.headers()
			.firstValue("Content-Type")).hasValue(DOCX);
		HttpResponse<String> page = officer.get("/teams/" + team + "/register?year=" + year);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"row-" + number + "\"", "Lê Văn Khải");

		HttpResponse<byte[]> partner = signedIn("mttq").download("/api/v1/teams/" + team + "/register?year=" + year,
				PDF);
		assertThat(partner.statusCode()).isEqualTo(200);
		assertThat(text(partner.body())).contains("Nội dung được bảo mật").doesNotContain("Lê Văn Khải");
		assertThat(signedIn("tuphap.duongquang").download("/api/v1/teams/" + team + "/register", PDF).statusCode())
			.isEqualTo(404);
	}

	private long closedSuccessfully(HttpSession officer, long team) {
		return driver().closedSuccessfully(officer, team, "Lê Văn Khải", "Hai bên mở lại lối đi chung");
	}

	private CaseApiDriver driver() {
		return new CaseApiDriver(this.port, this.jdbc);
	}

	private long teamIn(String commune) {
		return driver().teamIn(commune);
	}

	private HttpSession signedIn(String username) {
		return driver().signedIn(username);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}

}
